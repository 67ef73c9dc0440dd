import { useParams } from "react-router-dom";
import { PracticeSession } from "./practice-session";

/** `/practice/:skill`: fresh items for one skill, answered in a grid with live previews. */
export function PracticePage() {
  const { skill = "" } = useParams();
  // A new skill starts a new session: no item, answer or history carries over.
  return <PracticeSession key={skill} skill={skill} />;
}
