import type { PartnerKey } from '../../engine';
import { ColumnHeads } from '../table/ColumnHeads';

export interface PartnerTableProps {
  caption: string;
  /** Column headings, the first over the partners' names. */
  columns: readonly string[];
  labels: Record<PartnerKey, string>;
  /** A partner's cells after its name, already formatted. */
  cells: (partner: PartnerKey) => readonly string[];
  /** The test id of a partner's last cell. */
  lastCellTestId?: (partner: PartnerKey) => string;
  className?: string;
}

const KEYS: readonly PartnerKey[] = ['msp', 'isv'];

/** A small table with a row per partner (its name heads the row) and a column per figure. */
export function PartnerTable(props: PartnerTableProps) {
  const { caption, columns, labels, cells, lastCellTestId, className } = props;
  return (
    <table className={className}>
      <caption className="visually-hidden">{caption}</caption>
      <ColumnHeads heads={columns} />
      <tbody>
        {KEYS.map((k) => {
          const row = cells(k);
          return (
            <tr key={k}>
              <th scope="row">{labels[k]}</th>
              {row.map((text, i) => (
                <td key={i} data-testid={i === row.length - 1 ? lastCellTestId?.(k) : undefined}>
                  {text}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
