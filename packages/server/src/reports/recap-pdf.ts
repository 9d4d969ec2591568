import PDFDocument from 'pdfkit';
import { timeZoneOfArea, zoneLabel } from '@posyandu-spm/core';
import { localTimeText } from './table-export.js';
import { percent, RECAP_COLUMNS, RECAP_DETAIL_COLUMNS, type RecapColumn } from './recap-table.js';
import type { SpmRecapCountsType, SpmRecapType } from './spm-recap.types.js';

/**
 * The recap as the PDF a kabupaten files (issue 15 item 5): heading with the government unit, the
 * area and the period; per sector a table of its jenis pelayanan × penerima with the same columns as
 * the screen and the spreadsheets; the monthly trend drawn as bars; settlements per unit; a
 * signature block. pdfkit with its built-in Helvetica (WinAnsi: Indonesian needs no other glyphs).
 */
export async function recapPdf(r: SpmRecapType, governmentUnit: string): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: {
      Title: `Laporan SPM ${r.area.name} ${r.period.label.id}`,
      Author: governmentUnit,
      Subject: 'Standar Pelayanan Minimal',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const text = (s: string) => s.replace(/[–—]/g, '-').replace(/[’]/g, "'").replace(/≤/g, '<=');

  // Heading.
  doc.font('Helvetica-Bold').fontSize(13).text(text(governmentUnit.toUpperCase()), { align: 'center' });
  doc.fontSize(12).text('LAPORAN PENERAPAN STANDAR PELAYANAN MINIMAL (SPM)', { align: 'center' });
  doc.font('Helvetica').fontSize(10);
  doc.text(
    text(
      `Wilayah: ${r.area.name} (${r.area.code})    Periode: ${r.period.label.id} (${r.period.from} s.d. ${r.period.to})`,
    ),
    {
      align: 'center',
    },
  );
  // The kabupaten's wall clock (WIB/WITA/WIT), not UTC: a recap made at 06:30 WIB is dated that day.
  const zone = timeZoneOfArea(r.area.code);
  const made = localTimeText({ at: r.generatedAt, zone });
  doc.text(text(`Dasar: PP 2/2018; Permendagri 59/2021. Dibuat ${made} ${zoneLabel(zone)}.`), {
    align: 'center',
  });
  doc.moveDown(0.6);

  const firstWidth = 200;
  const secondWidth = 110;
  const cell = (v: unknown) => (v === null || v === undefined ? '-' : String(v));
  const ensure = (h: number) => {
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const row = (first: string, second: string, values: string[], bold = false) => {
    const colWidth = (width - firstWidth - secondWidth) / Math.max(values.length, 10);
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(7.5);
    const h = Math.max(doc.heightOfString(text(first), { width: firstWidth - 4 }), 10) + 4;
    ensure(h);
    const y = doc.y;
    doc.text(text(first), left + 2, y + 2, { width: firstWidth - 4 });
    doc.text(text(second), left + firstWidth + 2, y + 2, { width: secondWidth - 4 });
    values.forEach((v, i) =>
      doc.text(v, left + firstWidth + secondWidth + i * colWidth, y + 2, { width: colWidth - 2, align: 'right' }),
    );
    doc
      .moveTo(left, y + h)
      .lineTo(left + width, y + h)
      .lineWidth(0.3)
      .stroke('#999999');
    doc.x = left;
    doc.y = y + h;
  };
  const values = (c: SpmRecapCountsType, columns: readonly RecapColumn[] = RECAP_COLUMNS) =>
    columns.map((col) => cell(col.value(c)));
  const header = (columns: readonly RecapColumn[] = RECAP_COLUMNS) =>
    row(
      'Jenis pelayanan dasar',
      'Penerima',
      columns.map((c) => c.short),
      true,
    );

  for (const sector of r.bySector) {
    ensure(60);
    doc.moveDown(0.4);
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(text(`Sektor ${sector.name.id}`), left);
    header();
    for (const x of r.rows.filter((row) => row.sectorId === sector.sectorId)) {
      row(`${x.serviceName.id}${x.countsTowardSpm ? '' : ' *'}`, x.penerimaLabel.id, values(x.counts));
    }
    row(`Jumlah ${sector.name.id}`, '', values(sector.counts), true);
    // Declines by reason and village settlements by kind: the same rows, a second table.
    ensure(40);
    doc.moveDown(0.2);
    doc
      .font('Helvetica-Oblique')
      .fontSize(8)
      .text(text(`Rincian ${sector.name.id}: ditolak per alasan, selesai di tingkat desa per jenis`), left);
    header(RECAP_DETAIL_COLUMNS);
    for (const x of r.rows.filter((row) => row.sectorId === sector.sectorId)) {
      row(
        `${x.serviceName.id}${x.countsTowardSpm ? '' : ' *'}`,
        x.penerimaLabel.id,
        values(x.counts, RECAP_DETAIL_COLUMNS),
      );
    }
    row(`Jumlah ${sector.name.id}`, '', values(sector.counts, RECAP_DETAIL_COLUMNS), true);
    // Capaian: persons served to standard ÷ sasaran per jenis pelayanan dasar; no sasaran says so, never 100 %.
    const capaian = r.capaian.filter((c) => c.sectorId === sector.sectorId);
    if (capaian.length) {
      ensure(40);
      doc.moveDown(0.2);
      doc
        .font('Helvetica-Oblique')
        .fontSize(8)
        .text(
          text(
            `Capaian SPM ${sector.name.id}: penerima (orang) dilayani sesuai standar / sasaran tahun ${r.period.year}`,
          ),
          left,
        );
      row('Jenis pelayanan dasar', 'Keterangan', ['Sasaran', 'Penerima', 'Capaian %'], true);
      for (const c of capaian) {
        row(c.serviceName.id, c.status === 'OK' ? '' : c.statusLabel.id, [
          cell(c.sasaran),
          String(c.served),
          cell(percent(c.rate)),
        ]);
      }
    }
  }
  doc.moveDown(0.4);
  row('JUMLAH SEMUA SEKTOR', '', values(r.total), true);
  header(RECAP_DETAIL_COLUMNS);
  row('JUMLAH SEMUA SEKTOR (RINCIAN)', '', values(r.total, RECAP_DETAIL_COLUMNS), true);
  doc.font('Helvetica').fontSize(7.5).moveDown(0.3);
  doc.text(
    text(
      '* layanan pendukung, bukan jenis pelayanan dasar SPM. Persentase tepat waktu = selesai tepat waktu / (semua yang selesai + berjalan lewat tenggat). ' +
        'Dikembalikan = jumlah pengembalian (bukan wewenang), bukan hasil akhir.',
    ),
    left,
    doc.y,
    { width },
  );

  // Monthly trend: received and completed on time per month, as bars.
  ensure(170);
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(10).text('Tren bulanan: diterima dan selesai tepat waktu', left);
  const chartTop = doc.y + 6;
  const chartHeight = 110;
  const max = Math.max(1, ...r.trend.map((m) => m.counts.received));
  const slot = Math.min(60, width / Math.max(1, r.trend.length));
  r.trend.forEach((m, i) => {
    const x = left + i * slot;
    const h1 = (m.counts.received / max) * chartHeight;
    const h2 = (m.counts.completedOnTime / max) * chartHeight;
    doc.rect(x + 4, chartTop + chartHeight - h1, slot / 2 - 6, h1).fill('#4a6fa5');
    doc.rect(x + slot / 2, chartTop + chartHeight - h2, slot / 2 - 6, h2).fill('#2e7d32');
    doc.fillColor('black').font('Helvetica').fontSize(7);
    doc.text(m.month, x, chartTop + chartHeight + 3, { width: slot, align: 'center' });
    doc.text(`${m.counts.received}/${m.counts.completedOnTime}`, x, chartTop + chartHeight + 12, {
      width: slot,
      align: 'center',
    });
  });
  doc.x = left;
  doc.y = chartTop + chartHeight + 26;
  doc.fontSize(7.5).text('Biru: diterima; hijau: selesai tepat waktu (angka: diterima/tepat waktu).', left);

  if (r.settlements.length) {
    ensure(60);
    doc.moveDown(0.6);
    doc.font('Helvetica-Bold').fontSize(10).text('Penyelesaian di tingkat desa per unit', left);
    doc.font('Helvetica').fontSize(8);
    for (const s of r.settlements) {
      const line = s.unitId
        ? `${s.unitName ?? ''} (${s.sectorId ?? ''}): ${s.count}`
        : `${s.unitKindLabel.id}: ${s.count}`;
      doc.text(text(line), left);
    }
  }

  // Signature block.
  ensure(110);
  doc.moveDown(1.2);
  const signX = left + width - 240;
  const y = doc.y;
  doc.font('Helvetica').fontSize(9);
  doc.text(text(`${governmentUnit.replace(/^Pemerintah (Kabupaten|Kota) /i, '')}, ${made.slice(0, 10)}`), signX, y, {
    width: 240,
    align: 'center',
  });
  doc.text('Koordinator Tim Penerapan SPM', signX, doc.y, { width: 240, align: 'center' });
  doc.text(' ', signX, doc.y + 40, { width: 240 });
  doc.text('(..............................................)', signX, doc.y, { width: 240, align: 'center' });
  doc.text('NIP. ..........................................', signX, doc.y, { width: 240, align: 'center' });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
