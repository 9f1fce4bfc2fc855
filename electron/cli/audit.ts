import type { Command } from 'commander';
import { HistoryOp, type HistoryCheck, type HistoryEntry } from '../../graph-schema/contract/history';
import { PlexusError } from '../../graph-schema/model/errors';
import { historyCsvHeader, historyCsvRow, historyPages } from '../services/history-export';
import { checkRecordedHead, readRecordedHead } from '../services/history-head';
import { CASE_OPTION, withCase } from './open-case';
import { serverAddress } from './open-server';
import { emit, plural, table } from './output';

interface AuditOptions {
  case: string;
  json?: boolean;
}

interface VerifyOptions extends AuditOptions {
  against?: string;
}

interface LogOptions extends AuditOptions {
  item?: string;
  who?: string;
  since?: string;
  until?: string;
  op?: string;
  limit: string;
  csv?: boolean;
}

const ANCHOR_WORDS: Record<HistoryCheck['anchor'], string> = {
  verified: 'sealed with this profile’s key, and the seal holds',
  'other-machine': 'sealed on another machine or profile: the chain is checked, the seal cannot be here',
  unkeyed: 'written without a sealing key: the chain is checked, there is no seal to check',
  witnessed:
    'kept on a server, no key: the chain is checked and still holds the entry this profile last wrote or checked there',
  unwitnessed:
    'kept on a server, no key: the chain is checked; this profile has not written or checked it before',
  broken:
    'the seal does not hold (on a server: its head, or the entry this profile last wrote or checked there)',
};

function describeCheck(check: HistoryCheck): string[] {
  const lines = [
    `${check.ok ? 'History intact' : 'History does NOT match'}: ${plural(check.entries, 'entry', 'entries')}, ${plural(check.items, 'item')} stored`,
    `Head: ${check.head}`,
    `Seal: ${ANCHOR_WORDS[check.anchor]}${check.anchorHost ? ` (last sealed on ${check.anchorHost})` : ''}`,
  ];
  if (check.problems.length > 0) lines.push('', ...check.problems.map((p) => `  ${p.message}`));
  return lines;
}

/** Exit 1 naming the first problem a check found (after it was printed). */
function failOnProblems(check: HistoryCheck, file: string): void {
  const first = check.problems[0];
  if (first)
    throw new PlexusError('CASE_CORRUPT', `history check failed: ${first.message}`, [
      { file, message: first.kind },
    ]);
}

function parseLimit(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new PlexusError('VALIDATION', `--limit: must be a whole number (0 for all), not "${text}"`, [
      { field: 'limit', message: 'not a whole number' },
    ]);
  return n;
}

function parseOp(text: string | undefined): HistoryOp | undefined {
  if (text === undefined) return undefined;
  const op = HistoryOp.safeParse(text);
  if (op.success) return op.data;
  throw new PlexusError('VALIDATION', `--op: one of ${HistoryOp.options.join(', ')}, not "${text}"`, [
    { field: 'op', message: 'unknown operation' },
  ]);
}

function changeText(e: HistoryEntry): string {
  if (!e.changes) return '';
  return Object.entries(e.changes)
    .map(([field, c]) => `${field}: ${JSON.stringify(c.before) ?? '—'} → ${JSON.stringify(c.after) ?? '—'}`)
    .join('; ');
}

export function registerAudit(program: Command): void {
  const group = program.command('audit').description("check a case's history of changes or list it");

  group
    .command('verify')
    .description('check every history entry, the seal and every stored item; exit 1 naming the first problem')
    .requiredOption(...CASE_OPTION)
    .option(
      '--against <file>',
      'also check the history still holds the head a native JSON export (or a publish record) wrote down',
    )
    .option('--json', 'print the check as JSON')
    .action(async (options: VerifyOptions) => {
      const head = options.against ? await readRecordedHead(options.against) : undefined;
      const { check, against } = await withCase(options.case, async (store) => ({
        check: await store.verifyHistory('full'),
        against: head ? await checkRecordedHead(store, head) : undefined,
      }));
      emit(options, against ? { ...check, against } : check, () => [
        ...describeCheck(check),
        ...(against ? [`Against ${options.against}: ${against.message}`] : []),
      ]);
      failOnProblems(check, options.case);
      if (against && !against.ok)
        throw new PlexusError('CASE_CORRUPT', `history check failed: ${against.message}`, [
          { file: options.case, message: 'head-not-held' },
        ]);
    });

  group
    .command('accept')
    .description(
      "take a Neo4j server's history as it is now, after its database was rebuilt or restored on purpose: forget what this profile last wrote or checked there, then check the whole chain",
    )
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the check as JSON')
    .action(async (options: AuditOptions) => {
      // A case file is sealed with this profile's key: nothing to take on trust.
      if (!serverAddress(options.case))
        throw new PlexusError('VALIDATION', `${options.case}: accept is for a Neo4j server's history`, [
          { field: 'case', message: 'not a server' },
        ]);
      const { forgot, ...check } = await withCase(options.case, (store) => store.acceptHistory());
      emit(options, { forgot, ...check }, () => [
        forgot
          ? 'Forgot what this profile last wrote or checked on this server.'
          : 'This profile had not written or checked this server before.',
        ...describeCheck(check),
      ]);
      failOnProblems(check, options.case);
    });

  group
    .command('log')
    .description('list the history, newest first')
    .requiredOption(...CASE_OPTION)
    .option('--item <id>', 'only this entity or link')
    .option('--who <user>', 'only this OS user or analyst')
    .option('--since <time>', 'from this ISO date or time')
    .option('--until <time>', 'up to this ISO date or time')
    .option('--op <operation>', `only this operation (${HistoryOp.options.join(', ')})`)
    .option('--limit <n>', 'at most this many entries (0: all)', '200')
    .option('--json', 'print the entries as JSON')
    .option('--csv', 'print the entries as CSV')
    .action(async (options: LogOptions) => {
      const limit = parseLimit(options.limit);
      const op = parseOp(options.op);
      const filter = {
        ...(options.item ? { item: options.item } : {}),
        ...(options.who ? { who: options.who } : {}),
        ...(options.since ? { since: options.since } : {}),
        ...(options.until ? { until: options.until } : {}),
        ...(op ? { op } : {}),
      };
      const entries = await withCase(options.case, async (store) => {
        const out: HistoryEntry[] = [];
        for await (const page of historyPages(store, filter)) {
          out.push(...page);
          if (limit > 0 && out.length >= limit) return out.slice(0, limit);
        }
        return out;
      });
      if (options.csv) {
        process.stdout.write(historyCsvHeader() + entries.map(historyCsvRow).join(''));
        return;
      }
      emit(options, entries, () =>
        entries.length === 0
          ? ['No history entries match']
          : table(
              ['#', 'When', 'Who', 'Operation', 'Action', 'Kind', 'Item', 'Label', 'Changes', 'Reason'],
              entries.map((e) => [
                String(e.seq),
                e.at,
                e.analyst ? `${e.analyst} (${e.osUser})` : e.osUser,
                e.op,
                e.action,
                e.kind,
                e.item,
                e.label,
                changeText(e),
                e.reason ?? '',
              ]),
            ),
      );
    });
}
