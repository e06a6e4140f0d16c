package id.cadang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;

import id.cadang.model.Approver;
import id.cadang.model.SopDocument;
import id.cadang.report.Canvas.Align;

/**
 * The first page of the sheet: the identity block (agency, number, dates, approver with NIP, title) and the
 * grid of legal bases, qualifications, related SOPs, equipment, warnings and record keeping, as on the
 * signed originals (Permenpan RB 35/2012).
 */
final class HeaderPage {

	/** The grid cells of the guideline, in its order: heading and the model feature holding the items. */
	private static final List<String[]> GRID = List.of(
			new String[] { "DASAR HUKUM", "legalBases" },
			new String[] { "KUALIFIKASI PELAKSANA", "qualifications" },
			new String[] { "KETERKAITAN", "relatedSops" },
			new String[] { "PERALATAN/PERLENGKAPAN", "equipment" },
			new String[] { "PERINGATAN", "warnings" },
			new String[] { "PENCATATAN DAN PENDATAAN", "recordKeeping" });

	/** Features printed elsewhere on the sheet, or not at all. */
	private static final Set<String> NOT_IN_GRID = Set.of("id", "number", "title", "agency", "unit", "dateMade",
			"dateRevised", "dateEffective", "timeZone");

	private static final float LABEL_WIDTH = 120;
	private static final float LEFT_WIDTH = 300;

	private final SopDocument document;
	private final SheetFonts fonts;

	HeaderPage(SopDocument document, SheetFonts fonts) {
		this.document = document;
		this.fonts = fonts;
	}

	void draw(Canvas canvas) {
		float bottom = identity(canvas);
		grid(canvas, bottom + 8);
	}

	private float identity(Canvas c) {
		float x = Sheet.MARGIN;
		float top = Sheet.MARGIN;
		float right = Sheet.WIDTH - Sheet.MARGIN;
		float valueX = x + LEFT_WIDTH + LABEL_WIDTH;
		float valueWidth = right - valueX - 8;
		float size = 8;
		Approver approver = document.getApprover();
		String approved = approver == null ? "-"
				: String.join("\n", Sheet.text(approver.getPosition()), Sheet.text(approver.getName()),
						"NIP. " + Sheet.text(approver.getNip()));
		String[][] rows = {
				{ "NOMOR SOP", Sheet.text(document.getNumber()) },
				{ "TANGGAL PEMBUATAN", Sheet.date(document.getDateMade()) },
				{ "TANGGAL REVISI", Sheet.date(document.getDateRevised()) },
				{ "TANGGAL PENGESAHAN", Sheet.date(document.getDateEffective()) },
				{ "DISAHKAN OLEH", approved },
				{ "NAMA SOP", Sheet.text(document.getTitle()) } };
		float y = top;
		for (int i = 0; i < rows.length; i++) {
			boolean title = i == rows.length - 1;
			float h = Math.max(15, Canvas.height(title ? fonts.bold() : fonts.regular(), size, valueWidth, rows[i][1]) + 6);
			c.text(fonts.bold(), 7.5f, x + LEFT_WIDTH + 4, y + (h - 7.5f) / 2 - 1, rows[i][0]);
			c.box(title ? fonts.bold() : fonts.regular(), size, valueX + 4, y + 3, valueWidth, h - 6, rows[i][1],
					Align.LEFT, true);
			c.line(x + LEFT_WIDTH, y + h, right, y + h, 0.5f);
			y += h;
		}
		c.rect(x, top, right - x, y - top, 0.8f);
		c.line(x + LEFT_WIDTH, top, x + LEFT_WIDTH, y, 0.8f);
		c.line(valueX, top, valueX, y, 0.5f);
		String agency = Sheet.text(document.getAgency()).toUpperCase(Locale.ROOT);
		String unit = document.getUnit() == null ? "" : document.getUnit().toUpperCase(Locale.ROOT);
		float agencyHeight = Canvas.height(fonts.bold(), 10, LEFT_WIDTH - 20, agency);
		float unitHeight = unit.isEmpty() ? 0 : Canvas.height(fonts.regular(), 8.5f, LEFT_WIDTH - 20, unit) + 4;
		float start = top + (y - top - agencyHeight - unitHeight) / 2;
		c.box(fonts.bold(), 10, x + 10, start, LEFT_WIDTH - 20, agencyHeight, agency, Align.CENTER, false);
		c.box(fonts.regular(), 8.5f, x + 10, start + agencyHeight + 4, LEFT_WIDTH - 20, unitHeight, unit, Align.CENTER,
				false);
		return y;
	}

	private void grid(Canvas c, float top) {
		List<Cell> cells = cells();
		float x = Sheet.MARGIN;
		float half = (Sheet.WIDTH - 2 * Sheet.MARGIN) / 2;
		float available = Sheet.HEIGHT - Sheet.MARGIN - Sheet.FOOTER - top;
		float size = 8;
		while (gridHeight(cells, half, size) > available && size > Canvas.MIN_SIZE) {
			size -= 0.5f;
		}
		float y = top;
		for (int i = 0; i < cells.size(); i += 2) {
			Cell left = cells.get(i);
			Cell right = i + 1 < cells.size() ? cells.get(i + 1) : new Cell("", List.of());
			float h = Math.max(left.height(fonts, half, size), right.height(fonts, half, size));
			left.draw(c, fonts, x, y, half, h, size);
			right.draw(c, fonts, x + half, y, half, h, size);
			y += h;
		}
	}

	private float gridHeight(List<Cell> cells, float half, float size) {
		float total = 0;
		for (int i = 0; i < cells.size(); i += 2) {
			float left = cells.get(i).height(fonts, half, size);
			float right = i + 1 < cells.size() ? cells.get(i + 1).height(fonts, half, size) : 0;
			total += Math.max(left, right);
		}
		return total;
	}

	/** The guideline's six cells, then any further list or text the model has (purpose, scope...). */
	private List<Cell> cells() {
		List<Cell> cells = new ArrayList<>();
		for (String[] cell : GRID) {
			cells.add(new Cell(cell[0], items(cell[1])));
		}
		for (EAttribute attribute : document.eClass().getEAllAttributes()) {
			String name = attribute.getName();
			if (NOT_IN_GRID.contains(name) || GRID.stream().anyMatch(g -> g[1].equals(name))) {
				continue;
			}
			List<String> items = items(name);
			if (!items.isEmpty()) {
				cells.add(new Cell(Outlines.words(name).toUpperCase(Locale.ROOT), items));
			}
		}
		return cells;
	}

	private List<String> items(String feature) {
		return Outlines.values(document, feature);
	}

	/** A cell of the grid: a shaded heading and a numbered list. */
	private record Cell(String heading, List<String> items) {

		private static final float HEADING = 14;
		private static final float INDENT = 14;

		float height(SheetFonts fonts, float width, float size) {
			float h = HEADING + 6;
			for (String item : items) {
				h += Canvas.height(fonts.regular(), size, width - INDENT - 10, item) + 1.5f;
			}
			return items.isEmpty() ? HEADING + 16 : h;
		}

		void draw(Canvas c, SheetFonts fonts, float x, float top, float width, float h, float size) {
			c.fill(x, top, width, HEADING, 0.88f);
			c.rect(x, top, width, h, 0.8f);
			c.line(x, top + HEADING, x + width, top + HEADING, 0.5f);
			c.text(fonts.bold(), 7.5f, x + 5, top + 3.5f, heading);
			float y = top + HEADING + 3;
			int number = 1;
			for (String item : items) {
				float ih = Canvas.height(fonts.regular(), size, width - INDENT - 10, item);
				if (items.size() > 1) {
					c.text(fonts.regular(), size, x + 5, y + (size * Canvas.LEADING - size) / 2, number + ".");
				}
				float indent = items.size() > 1 ? INDENT : 0;
				c.box(fonts.regular(), size, x + 5 + indent, y, width - indent - 10, ih, item, Align.LEFT, false);
				y += ih + 1.5f;
				number++;
			}
			if (items.isEmpty()) {
				c.text(fonts.regular(), size, x + 5, top + HEADING + 3, "-");
			}
		}
	}
}
