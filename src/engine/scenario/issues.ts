/**
 * The codes of the engine's validation messages. An issue's English message is for the CLI and
 * for logs; the code and its parameters let the UI word the same problem in its own language
 * (`validation.<code>` in its catalogue, the field's label by `labelKey`). Bounds are the exact
 * decimal text of the registry ("-50", "1000000000"), for the reader to group as its language does.
 */
export type IssueCode =
  | 'decimalFormat'
  | 'percentBetween'
  | 'atLeast'
  | 'atMost'
  | 'places'
  | 'wholeBetween'
  | 'wholeMonths'
  | 'wholeOrNone'
  | 'textUpTo'
  | 'textBetween'
  | 'goLive';

export interface IssueParams {
  /** The message key of the field's label. */
  labelKey: string;
  min?: string;
  max?: string;
  places?: number;
  example?: string;
}

/** A problem with one value: the English message, and what the UI needs to word it itself. */
export interface FieldProblem {
  message: string;
  code: IssueCode;
  params: IssueParams;
}
