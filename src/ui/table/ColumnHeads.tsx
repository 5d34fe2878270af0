/**
 * One column's heading: its text; `{ hidden }` for a column the eye reads without a heading (a
 * bar, the figure names of a tooltip), named for screen readers only; `null` for the empty corner
 * above a table's row headings.
 */
export type ColumnHead = string | { readonly hidden: string } | null;

function HeadCell({ head }: { head: ColumnHead }) {
  if (head === null) return <td />;
  if (typeof head === 'string') return <th scope="col">{head}</th>;
  return (
    <th scope="col">
      <span className="visually-hidden">{head.hidden}</span>
    </th>
  );
}

/** A row of column headings, for a head with more than one row. */
export function ColumnHeadCells({ heads }: { heads: readonly ColumnHead[] }) {
  // Headings are fixed for the table's life, so their place is their identity.
  return heads.map((head, i) => <HeadCell key={i} head={head} />);
}

/** A table's head of one row: a heading per column, left to right. */
export function ColumnHeads({ heads }: { heads: readonly ColumnHead[] }) {
  return (
    <thead>
      <tr>
        <ColumnHeadCells heads={heads} />
      </tr>
    </thead>
  );
}
