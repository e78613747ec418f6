import { Route, Switch } from "wouter";
import { Layout } from "./components/Layout";
import { BenchmarkPage } from "./pages/BenchmarkPage";
import { HomePage } from "./pages/HomePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { PaperPage } from "./pages/PaperPage";

/** Routes: the URL holds all page state (ids in the path, searches in the query string). */
export function App() {
  return (
    <Layout>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/benchmarks/:id">{(params) => <BenchmarkPage id={params.id} />}</Route>
        <Route path="/papers/:id">{(params) => <PaperPage id={params.id} />}</Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Layout>
  );
}
