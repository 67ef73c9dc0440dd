import type { ProgressReply } from "../../api";
import { api, downloads } from "../endpoints";
import { ErrorAlert } from "../shared/error-alert";
import { LoadingNote } from "../shared/loading-note";
import { useApiData } from "../shared/use-api-data";
import { DueChart } from "./due-chart";
import { GateHistory } from "./gate-history";
import { groupByUnit } from "./group-by-unit";
import { JoinClassForm } from "./join-class-form";
import { SkillPlot } from "./skill-plot";
import { StudyTotals } from "./study-totals";

/** `/progress`: the learner's dashboard: mastery over time, study time, reviews, gates, data. */
export function ProgressPage() {
  const progress = useApiData(api.progress, "");
  return (
    <main className="page progress-page">
      <h1>Your progress</h1>
      {progress.status === "loading" && <LoadingNote />}
      {progress.status === "error" && <ErrorAlert message={progress.message} />}
      {progress.status === "ok" && <ProgressSections progress={progress.value} />}
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>Everything Pullback stores about your study, to keep or take elsewhere.</p>
        <ul className="download-links">
          <li>
            <a href={downloads.myDataJson} download>
              Download my data (JSON)
            </a>
          </li>
          <li>
            <a href={downloads.myDataCsv} download>
              Download my data (CSV)
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="join-heading">
        <h2 id="join-heading">Join a class</h2>
        <JoinClassForm />
      </section>
    </main>
  );
}

function ProgressSections({ progress }: { readonly progress: ProgressReply }) {
  return (
    <>
      <StudyTotals progress={progress} />
      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Mastery by skill</h2>
        {groupByUnit(progress.skills).map((group) => (
          <div key={group.unit} className="plot-unit">
            <h3>Unit {group.unit}</h3>
            <div className="plot-grid-list">
              {group.members.map((series) => (
                <SkillPlot key={series.skill} series={series} />
              ))}
            </div>
          </div>
        ))}
      </section>
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Reviews due by day</h2>
        <DueChart days={progress.reviewsByDay} />
      </section>
      <section aria-labelledby="gates-heading">
        <h2 id="gates-heading">Gate history</h2>
        <GateHistory gates={progress.gates} />
      </section>
    </>
  );
}
