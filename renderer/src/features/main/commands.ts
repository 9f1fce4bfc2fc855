import { ACTIONS, actionBlocked, actionName, type Action } from '../action-table';

/**
 * What the command palette (Ctrl+Shift+P) offers: every action of the one action table
 * (features/action-table.ts) by its name in the current language, the same table the
 * toolbar, the chart menu and the keys read.
 */
export type Command = Action;
export const COMMANDS: readonly Command[] = ACTIONS;

/** The command's words in the current language, without the menu's trailing ellipsis. */
export const commandName = actionName;

/** Every command that can run now whose name holds each typed word, in table order; case and width ignored. */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return commands.filter(
    (c) => actionBlocked(c) === null && words.every((w) => fold(commandName(c)).includes(w)),
  );
}
