// self-checks/: one guided self-check a file. Besides the schema, the loader checks what makes a
// check work for a family: every rule names answers that exist, every tier it can suggest has a
// summary and is defined, every help line it names exists, and it asks about safety at all.
import type { SelfCheck } from '@polku/contract';
import {
  type FieldProblem,
  isObject,
  type JsonObject,
  resolveAvailableLanguages,
} from './checks.js';
import { DuplicateIds, eachFileRecord, type LoadContext, report, withDefaults } from './context.js';

/** What a self-check may name: the tiers, the chains and the help lines loaded before it. */
export interface SelfCheckReferences {
  tierLevels: ReadonlySet<number>;
  chainIds: ReadonlySet<string>;
}

/** The defaults of catalogue.yaml a self-check takes (it names its own `sources`). */
const selfCheckDefaults = ['updated_at', 'example_data'] as const;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `question-id/answer-id` of every answer, and the problems of duplicate ids. */
function answerKeys(questions: unknown[], found: FieldProblem[]): Set<string> {
  const keys = new Set<string>();
  const questionIds = new Set<unknown>();
  questions.forEach((question, index) => {
    if (!isObject(question)) return;
    if (questionIds.has(question.id)) {
      found.push({
        field: `/questions/${index}/id`,
        message: `question ${String(question.id)} appears twice`,
      });
    }
    questionIds.add(question.id);
    const answerIds = new Set<unknown>();
    asArray(question.answers).forEach((answer, answerIndex) => {
      if (!isObject(answer)) return;
      if (answerIds.has(answer.id)) {
        found.push({
          field: `/questions/${index}/answers/${answerIndex}/id`,
          message: `answer ${String(answer.id)} appears twice in question ${String(question.id)}`,
        });
      }
      answerIds.add(answer.id);
      keys.add(`${String(question.id)}/${String(answer.id)}`);
    });
  });
  return keys;
}

/** Danger answers exist, and the help lines they name are in urgent-help.yaml. */
function checkDanger(context: LoadContext, questions: unknown[], found: FieldProblem[]): void {
  const lines = new Set(context.catalogue.urgentHelp.map((line) => line.id));
  let dangerAnswers = 0;
  questions.forEach((question, index) => {
    if (!isObject(question)) return;
    asArray(question.answers).forEach((answer, answerIndex) => {
      if (!isObject(answer)) return;
      if (answer.danger === true) dangerAnswers += 1;
      asArray(answer.help).forEach((id, helpIndex) => {
        if (typeof id === 'string' && !lines.has(id)) {
          found.push({
            field: `/questions/${index}/answers/${answerIndex}/help/${helpIndex}`,
            message: `no help line has the id ${id} (urgent-help.yaml)`,
          });
        }
      });
    });
  });
  // With too few or too many questions the schema's message stands at /questions first.
  if (questions.length >= 5 && questions.length <= 8 && dangerAnswers === 0) {
    found.push({
      field: '/questions',
      message:
        'no answer has `danger: true`: a self-check must ask about safety and show the help lines at once',
    });
  }
}

/** Rules name existing answers and defined tiers, and can hold. Returns the tiers they suggest. */
function checkRules(
  rules: unknown[],
  keys: ReadonlySet<string>,
  tierLevels: ReadonlySet<number>,
  found: FieldProblem[],
): Set<number> {
  const suggested = new Set<number>();
  rules.forEach((rule, index) => {
    if (!isObject(rule)) return;
    const answers = asArray(rule.answers);
    answers.forEach((key, answerIndex) => {
      if (typeof key === 'string' && key.includes('/') && !keys.has(key)) {
        found.push({
          field: `/rules/${index}/answers/${answerIndex}`,
          message: `no question of this self-check has the answer ${key} (question-id/answer-id)`,
        });
      }
    });
    if (typeof rule.at_least === 'number' && rule.at_least > answers.length) {
      found.push({
        field: `/rules/${index}/at_least`,
        message: `is ${rule.at_least}, but the rule lists ${answers.length} answers: it can never hold`,
      });
    }
    if (typeof rule.tier === 'number') {
      suggested.add(rule.tier);
      checkTier(rule.tier, `/rules/${index}/tier`, tierLevels, found);
    }
  });
  return suggested;
}

function checkTier(
  level: unknown,
  field: string,
  tierLevels: ReadonlySet<number>,
  found: FieldProblem[],
): void {
  if (Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 4) {
    if (!tierLevels.has(level as number))
      found.push({ field, message: `tier ${String(level)} is not defined in tiers.yaml` });
  }
}

/** One summary per tier, and one for every tier the rules or `default_tier` can suggest. */
function checkResults(results: unknown[], suggested: ReadonlySet<number>, found: FieldProblem[]) {
  const tiers = new Set<unknown>();
  results.forEach((result, index) => {
    if (!isObject(result)) return;
    if (tiers.has(result.tier)) {
      found.push({
        field: `/results/${index}/tier`,
        message: `tier ${String(result.tier)} has two summaries`,
      });
    }
    tiers.add(result.tier);
  });
  for (const level of [...suggested].sort()) {
    if (!tiers.has(level)) {
      found.push({
        field: '/results',
        message: `has no summary for tier ${level}, which the rules or default_tier can suggest`,
      });
    }
  }
}

function loadSelfCheck(
  context: LoadContext,
  raw: JsonObject,
  where: { file: string; record: string },
  seen: DuplicateIds,
  references: SelfCheckReferences,
): void {
  const check = withDefaults(context, raw, selfCheckDefaults);
  const found: FieldProblem[] = [];
  seen.check(raw.id, where.file, found);
  resolveAvailableLanguages(
    check,
    ['name', 'intro', 'not_assessment', 'talk_to_professional'],
    found,
  );
  const questions = asArray(raw.questions);
  const keys = answerKeys(questions, found);
  checkDanger(context, questions, found);
  const suggested = checkRules(asArray(raw.rules), keys, references.tierLevels, found);
  if (typeof raw.default_tier === 'number') {
    suggested.add(raw.default_tier);
    checkTier(raw.default_tier, '/default_tier', references.tierLevels, found);
  }
  checkResults(asArray(raw.results), suggested, found);
  if (typeof raw.chain === 'string' && !references.chainIds.has(raw.chain)) {
    found.push({
      field: '/chain',
      message: `no service chain has the id ${raw.chain} (chains/${raw.chain}.yaml)`,
    });
  }
  if (report(context, where, 'SelfCheck', check, found)) {
    context.catalogue.selfChecks.push(check as unknown as SelfCheck);
  }
}

/** Loads `self-checks/`, one self-check a file; a catalogue without the folder has none. */
export async function loadSelfChecks(
  context: LoadContext,
  files: string[] | undefined,
  references: SelfCheckReferences,
): Promise<void> {
  if (!files) return;
  const seen = new DuplicateIds();
  await eachFileRecord(context, files, 'self-check', (raw, where) => {
    loadSelfCheck(context, raw, where, seen, references);
  });
  seen.dropFirstCopies(context, context.catalogue.selfChecks, (check) => check.id);
}
