import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';

/** WinAnsi is Latin-1 but for 0x80–0x9F; Fältlogg's documents use only the dashes from that range. */
function fromWinAnsi(bytes: Buffer): string {
  return bytes.toString('latin1').replaceAll('\u0096', '–').replaceAll('\u0097', '—');
}

/**
 * For tests: parses a PDF and returns its page count and the text its pages draw, one drawn line
 * a line. The standard fonts write WinAnsi bytes as hex strings (`<4F72> Tj`).
 */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
    for (const match of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g))
      lines.push(fromWinAnsi(Buffer.from(match[1] ?? '', 'hex')));
  }
  return { pages: doc.getPageCount(), text: lines.join('\n') };
}
