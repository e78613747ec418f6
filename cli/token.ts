import { parseArgs } from "node:util";
import { ROLES, type Role } from "../db/schema/index.js";
import { createToken, listTokens, revokeToken } from "../domain/tokens.js";
import { fail, openConfiguredDatabase } from "./open-db.js";

const USAGE = `usage:
  npm run -s token -- create --role ${ROLES.join("|")} [--name NAME]
  npm run -s token -- list
  npm run -s token -- revoke ID`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: "string" }, name: { type: "string" } },
});
const [command, arg] = positionals;
if (command !== "create" && command !== "list" && command !== "revoke") fail(USAGE, 2);
if (command === "create" && !ROLES.includes(values.role as Role))
  fail(`--role must be one of ${ROLES.join(", ")}\n${USAGE}`, 2);
if (command === "revoke" && !/^\d+$/.test(arg ?? "")) fail(`revoke needs a token id\n${USAGE}`, 2);

const handle = await openConfiguredDatabase("npm run token");
try {
  if (command === "create") {
    const t = await createToken(handle.db, values.role as Role, values.name ?? `${values.role} token`);
    process.stderr.write(`created token ${t.id} (${t.role}, "${t.name}"); it is shown only now:\n`);
    console.log(t.token);
  } else if (command === "list") {
    for (const t of await listTokens(handle.db)) {
      console.log(
        `${t.id}\t${t.role}\t${t.revokedAt ? "revoked" : "active"}\t${t.name}\tlast used ${t.lastUsedAt?.toISOString() ?? "never"}`,
      );
    }
  } else {
    const ok = await revokeToken(handle.db, Number(arg));
    if (!ok) fail(`no active token with id ${arg}`);
    console.log(`revoked token ${arg}`);
  }
} finally {
  await handle.close();
}
