import { Route, Switch } from "wouter";
import { Layout } from "./components/Layout";
import { BenchmarkPage } from "./pages/BenchmarkPage";
import { BenchmarksPage } from "./pages/BenchmarksPage";
import { ComparePage } from "./pages/ComparePage";
import { DatasetFamilyPage } from "./pages/DatasetFamilyPage";
import { HomePage } from "./pages/HomePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { PaperPage } from "./pages/PaperPage";
import { ReviewPage } from "./pages/review/ReviewPage";
import { SubjectPage } from "./pages/SubjectPage";

/** Routes: the URL holds all page state (ids in the path, searches and filters in the query string). */
export function App() {
  return (
    <Layout>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/benchmarks" component={BenchmarksPage} />
        <Route path="/benchmarks/:id">{(params) => <BenchmarkPage id={params.id} />}</Route>
        <Route path="/datasets/:id">{(params) => <DatasetFamilyPage id={params.id} />}</Route>
        <Route path="/subjects/:id">{(params) => <SubjectPage id={params.id} />}</Route>
        <Route path="/papers/:id">{(params) => <PaperPage id={params.id} />}</Route>
        <Route path="/compare" component={ComparePage} />
        <Route path="/review" component={ReviewPage} />
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Layout>
  );
}
