// A self-check's rules, evaluated in the browser and nowhere else: the answers in, the suggested
// tier and the help lines to show out. Plain functions over the catalogue's data, so the county's
// professionals change the questions and rules in data, never here.
import type {
  SelfCheck,
  SelfCheckAnswer,
  SelfCheckQuestion,
  TierLevel,
  UrgentHelp,
} from '@polku/contract';

/** The answers given so far: question id → answer id. Only ever in memory. */
export type Answers = ReadonlyMap<string, string>;

/** The answer chosen for `question`, if any. */
export function answerOf(
  question: SelfCheckQuestion,
  answers: Answers,
): SelfCheckAnswer | undefined {
  const id = answers.get(question.id);
  return question.answers.find((answer) => answer.id === id);
}

/** Whether the answer `question-id/answer-id` was chosen. */
function chosen(key: string, answers: Answers): boolean {
  const slash = key.indexOf('/');
  return answers.get(key.slice(0, slash)) === key.slice(slash + 1);
}

/** The highest tier of the rules that hold, else the check's `default_tier`. */
export function suggestedTier(check: SelfCheck, answers: Answers): TierLevel {
  let tier: TierLevel | undefined;
  for (const rule of check.rules) {
    const given = rule.answers.filter((key) => chosen(key, answers)).length;
    if (given >= (rule.at_least ?? 1) && (tier === undefined || rule.tier > tier)) tier = rule.tier;
  }
  return tier ?? check.default_tier;
}

/** The chosen answers that signal danger, in question order. */
export function dangerAnswers(check: SelfCheck, answers: Answers): SelfCheckAnswer[] {
  return check.questions
    .map((question) => answerOf(question, answers))
    .filter((answer): answer is SelfCheckAnswer => answer?.danger === true);
}

/**
 * The lines to show after a danger answer: the most urgent line first (112: the lines come most
 * urgent first), then those the danger answers name, in their order; every line when none is named.
 */
export function dangerLines(
  dangers: readonly SelfCheckAnswer[],
  lines: readonly UrgentHelp[],
): UrgentHelp[] {
  const named = dangers.flatMap((answer) => answer.help ?? []);
  if (named.length === 0) return [...lines];
  const [first] = lines;
  const ids = [...new Set([...(first ? [first.id] : []), ...named])];
  return ids
    .map((id) => lines.find((line) => line.id === id))
    .filter((line): line is UrgentHelp => line !== undefined);
}
