/**
 * A small, strict RFC 4180 reader for the tests: records end with CRLF, fields are either plain
 * (no comma, quote, CR or LF) or quoted with doubled quotes inside. Anything else throws, so a
 * test that reads the export back also checks that the export is well-formed.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`malformed CSV at ${i}: ${why}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += text[i];
          i++;
        }
      }
    } else {
      while (i < text.length && !/[,\r\n]/.test(text[i] as string)) {
        if (text[i] === '"') fail('quote inside an unquoted field');
        field += text[i];
        i++;
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
    } else {
      fail(i >= text.length ? 'last record does not end with CRLF' : 'bare CR or LF');
    }
  }
  if (record.length > 0) fail('trailing field without a record end');
  return records;
}
