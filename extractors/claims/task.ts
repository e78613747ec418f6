/**
 * Tasks that share a dataset and a metric name but rank different things: nuScenes "mAP" is 3D detection
 * in one paper and HD map construction in the next; COCO "AP" is box AP for detection and mask AP for
 * instance segmentation. A number of such a dataset takes the task its sentence names, else the one the
 * paper's title names; the detection or semantic-segmentation default stays unmarked, so the usual board
 * keeps its entries and the other tasks get boards of their own.
 */
import { datasetKey } from "./paper-dataset.js";

const TASKS: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(?:HD[- ]?maps?(?:\s+construction|\s+learning|\s+generation)?|(?:online|vectori[sz]ed)\s+(?:HD\s+)?map(?:ping|\s+construction|\s+learning)?|map\s+(?:construction|learning)|nuScenes\s+mapping)\b/i,
    "map construction",
  ],
  [/\binstance\s+segmentation\b/i, "instance segmentation"],
  [/\bpanoptic\s+segmentation\b/i, "panoptic segmentation"],
  [/\b(?:human\s+)?pose\s+estimation\b|\bkeypoint\s+detection\b/i, "pose estimation"],
  [/\boccupancy\s+(?:prediction|forecasting|estimation)\b|\b3D\s+occupancy\b/i, "occupancy prediction"],
  [/\b(?:multi-object|3D\s+(?:multi-object\s+)?object)\s+tracking\b|\bMOT\b/, "tracking"],
  [/\b(?:motion|trajectory)\s+(?:forecasting|prediction)\b/i, "motion forecasting"],
  [/\bBEV\s+(?:map\s+)?segmentation\b|\bbird'?s[- ]eye[- ]view\s+segmentation\b/i, "BEV segmentation"],
  [/\blane\s+detection\b/i, "lane detection"],
];

// Datasets whose results span several of the tasks above under one metric name.
const MULTI_TASK = new Set(
  [
    "nuscenes",
    "coco",
    "ms coco",
    "mscoco",
    "coco 2017",
    "kitti",
    "waymo",
    "waymo open",
    "argoverse",
    "argoverse 2",
    "lvis",
    "cityscapes",
    "openlane",
    "ade20k",
  ].map(datasetKey),
);

// The tasks whose boards are the dataset's usual ones: a title naming one of these as well as another task
// ("3D Object Detection and Tracking") does not move its numbers off the usual board.
const DEFAULT_TASK = /\b(?:object\s+detection|3D\s+detection|detector|semantic\s+segmentation)\b/i;
// A number between a task and the number asked about: the task is that other number's.
const NUMBER = /(?<![\w.])\d+(?:\.\d+)?(?![\w.])/;

/** The tasks a text names, with where. */
function tasksIn(text: string): Array<{ start: number; end: number; task: string }> {
  const out: Array<{ start: number; end: number; task: string }> = [];
  for (const [re, task] of TASKS) {
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (let m = g.exec(text); m; m = g.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, task });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The task a text names (the first), or null. */
export function taskIn(text: string): string | null {
  return tasksIn(text)[0]?.task ?? null;
}

/**
 * The task to record for a number at `at` in `sentence` on `dataset`: the task named after it before the
 * next number ("50.1 AP on COCO instance segmentation"), else the last named before it with no other
 * number between, else the title's when the title names no usual task; null for datasets that hold one
 * task.
 */
export function taskFor(dataset: string | null, sentence: string, at: number, title: string): string | null {
  if (
    dataset === null ||
    !MULTI_TASK.has(datasetKey(dataset.replace(/[\s-]*(?:val(?:idation)?|test(?:-dev)?|\d{4})$/i, "")))
  )
    return null;
  const found = tasksIn(sentence);
  const numberAt = sentence.slice(at).search(/(?<![\w.])\d/);
  const numberEnd =
    numberAt < 0 ? at : at + numberAt + (/^[\d.,]+/.exec(sentence.slice(at + numberAt))?.[0].length ?? 0);
  const after = found.find((t) => t.start >= numberEnd && !NUMBER.test(sentence.slice(numberEnd, t.start)));
  if (after) return after.task;
  const before = found.filter((t) => t.end <= at && !NUMBER.test(sentence.slice(t.end, at))).pop();
  if (before) return before.task;
  // "On nuScenes mapping, UMPE lifts MapTRv2 from 61.5 to 67.4 mAP": a leading phrase scopes the sentence.
  const lead = /^(?:On|In|For|Across|Under)\b[^,;]*,/.exec(sentence);
  const scoped = lead ? found.find((t) => t.end <= lead[0].length) : undefined;
  if (scoped && scoped.end <= at) return scoped.task;
  if (found.length > 0) return null;
  return DEFAULT_TASK.test(title) ? null : taskIn(title);
}
