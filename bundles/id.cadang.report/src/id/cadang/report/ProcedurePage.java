package id.cadang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.cadang.model.Procedure;
import id.cadang.model.Role;
import id.cadang.model.SopDocument;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.util.Steps;
import id.cadang.report.Canvas.Align;

/**
 * One page of a procedure's table: No, Aktivitas, one Pelaksana column per role holding the step's shape,
 * then Mutu Baku (Kelengkapan, Waktu, Output) and Keterangan. Shapes are joined by arrows; a decision's
 * branches carry Ya/Tidak; a branch back up (a loop) or further down runs in a lane beside the shapes; a
 * flow to another page ends in a numbered connector.
 */
final class ProcedurePage {

	private static final float TABLE_TOP = Sheet.MARGIN + 50;
	private static final float HEAD_ROW = 14;
	private static final float SIZE = 7;
	private static final float SHAPE_HEIGHT = 18;
	private static final float DIAMOND_HEIGHT = 28;
	private static final float CONNECTOR = 6;

	private final SopDocument document;
	private final Procedure procedure;
	private final SheetFonts fonts;
	private final List<Role> roles;
	private final Columns columns;
	private final Map<Step, Integer> pageOf;
	private final int chunk;

	ProcedurePage(SopDocument document, Procedure procedure, SheetFonts fonts, Map<Step, Integer> pageOf, int chunk) {
		this.document = document;
		this.procedure = procedure;
		this.fonts = fonts;
		this.roles = lanes(document, procedure);
		this.columns = Columns.forRoles(roles.size());
		this.pageOf = pageOf;
		this.chunk = chunk;
	}

	/**
	 * The swimlanes of a procedure: every role of the document when it has one procedure (as signed), otherwise
	 * the roles that act in this procedure, in the document's order.
	 */
	static List<Role> lanes(SopDocument document, Procedure procedure) {
		if (document.getProcedures().size() <= 1) {
			return document.getRoles();
		}
		List<Role> used = document.getRoles().stream()
				.filter(r -> procedure.getSteps().stream().anyMatch(s -> s.getPerformers().contains(r))).toList();
		return used.isEmpty() ? document.getRoles() : used;
	}

	void draw(Canvas c) {
		identity(c);
		float rowsTop = tableHead(c);
		float rowHeight = (Sheet.HEIGHT - Sheet.MARGIN - Sheet.FOOTER - rowsTop) / SopSheet.STEPS_PER_PAGE;
		List<Step> all = procedure.getSteps();
		int from = chunk * SopSheet.STEPS_PER_PAGE;
		int to = Math.min(all.size(), from + SopSheet.STEPS_PER_PAGE);
		List<Node> nodes = new ArrayList<>();
		for (int i = from; i < to; i++) {
			float top = rowsTop + (i - from) * rowHeight;
			row(c, all.get(i), top, rowHeight);
			nodes.add(node(all.get(i), i - from, top, rowHeight));
		}
		float bottom = rowsTop + (to - from) * rowHeight;
		grid(c, TABLE_TOP, rowsTop, bottom);
		new Arrows(c, nodes).draw();
		if (from == to) {
			c.text(fonts.regular(), SIZE, columns.x(Columns.ACTIVITY) + 3, rowsTop + 4, "(tidak ada langkah)");
		}
	}

	/** The identity block repeated on every page: agency, number, title and the procedure. */
	private void identity(Canvas c) {
		float x = Sheet.MARGIN;
		float w = Sheet.WIDTH - 2 * Sheet.MARGIN;
		float h = 44;
		float split = 300;
		c.rect(x, Sheet.MARGIN, w, h, 0.8f);
		c.line(x + split, Sheet.MARGIN, x + split, Sheet.MARGIN + h, 0.8f);
		String agency = Sheet.text(document.getAgency()).toUpperCase(Locale.ROOT);
		c.box(fonts.bold(), 7.5f, x + 6, Sheet.MARGIN + 3, split - 12, 24, agency, Align.CENTER, true);
		if (document.getUnit() != null) {
			c.box(fonts.regular(), 6.5f, x + 6, Sheet.MARGIN + 28, split - 12, 13, document.getUnit().toUpperCase(Locale.ROOT),
					Align.CENTER, true);
		}
		String[][] lines = {
				{ "NOMOR SOP", Sheet.text(document.getNumber()) },
				{ "NAMA SOP", Sheet.text(document.getTitle()) },
				{ "PROSEDUR", Sheet.text(procedure.getTitle()) } };
		float y = Sheet.MARGIN + 4;
		for (String[] line : lines) {
			c.text(fonts.bold(), 7, x + split + 6, y, line[0]);
			c.box(line[0].equals("NAMA SOP") ? fonts.bold() : fonts.regular(), 7.5f, x + split + 80, y - 0.5f,
					w - split - 86, 12, line[1], Align.LEFT, false);
			y += 12.5f;
		}
	}

	/** The two heading rows; returns where the step rows begin. */
	private float tableHead(Canvas c) {
		float second = TABLE_TOP + HEAD_ROW;
		float rolesHeight = HEAD_ROW;
		for (Role role : roles) {
			rolesHeight = Math.max(rolesHeight, Canvas.height(fonts.bold(), 6, columns.roleWidth() - 4, Outlines.name(role)) + 4);
		}
		rolesHeight = Math.min(rolesHeight, 48);
		float rowsTop = second + rolesHeight;
		c.fill(columns.left(), TABLE_TOP, columns.right() - columns.left(), rowsTop - TABLE_TOP, 0.88f);
		head(c, "No", columns.x(Columns.NUMBER), TABLE_TOP, columns.width(Columns.NUMBER), rowsTop - TABLE_TOP);
		head(c, "Aktivitas", columns.x(Columns.ACTIVITY), TABLE_TOP, columns.width(Columns.ACTIVITY), rowsTop - TABLE_TOP);
		head(c, "Pelaksana", columns.rolesLeft(), TABLE_TOP, columns.rolesRight() - columns.rolesLeft(), HEAD_ROW);
		float quality = columns.x(Columns.REQUIREMENTS);
		head(c, "Mutu Baku", quality, TABLE_TOP, columns.x(Columns.REMARK) - quality, HEAD_ROW);
		head(c, "Keterangan", columns.x(Columns.REMARK), TABLE_TOP, columns.width(Columns.REMARK), rowsTop - TABLE_TOP);
		for (int i = 0; i < roles.size(); i++) {
			c.box(fonts.bold(), 6, columns.roleX(i) + 2, second + 2, columns.roleWidth() - 4, rolesHeight - 4,
					Outlines.name(roles.get(i)), Align.CENTER, true);
		}
		head(c, "Kelengkapan", columns.x(Columns.REQUIREMENTS), second, columns.width(Columns.REQUIREMENTS), rolesHeight);
		head(c, "Waktu", columns.x(Columns.TIME), second, columns.width(Columns.TIME), rolesHeight);
		head(c, "Output", columns.x(Columns.OUTPUT), second, columns.width(Columns.OUTPUT), rolesHeight);
		c.line(columns.rolesLeft(), second, columns.x(Columns.REMARK), second, 0.5f);
		return rowsTop;
	}

	private void head(Canvas c, String text, float x, float top, float w, float h) {
		c.box(fonts.bold(), 7, x + 2, top + 1, w - 4, h - 2, text, Align.CENTER, true);
	}

	private void row(Canvas c, Step step, float top, float h) {
		cell(c, Columns.NUMBER, top, h, Sheet.text(step.getNumber()), Align.CENTER);
		cell(c, Columns.ACTIVITY, top, h, Sheet.text(step.getActivity()), Align.LEFT);
		cell(c, Columns.REQUIREMENTS, top, h, String.join("\n", step.getRequirements().stream().map(r -> "- " + r).toList()),
				Align.LEFT);
		cell(c, Columns.TIME, top, h, Outlines.time(step), Align.CENTER);
		cell(c, Columns.OUTPUT, top, h, step.getOutput(), Align.LEFT);
		cell(c, Columns.REMARK, top, h, step.getRemark(), Align.LEFT);
		c.line(columns.left(), top + h, columns.right(), top + h, 0.5f);
	}

	private void cell(Canvas c, int column, float top, float h, String text, Align align) {
		c.box(fonts.regular(), SIZE, columns.x(column) + 3, top + 2, columns.width(column) - 6, h - 4, text, align, true);
	}

	private void grid(Canvas c, float top, float rowsTop, float bottom) {
		c.rect(columns.left(), top, columns.right() - columns.left(), bottom - top, 0.8f);
		c.line(columns.left(), rowsTop, columns.right(), rowsTop, 0.8f);
		for (int column = Columns.ACTIVITY; column <= Columns.REMARK; column++) {
			boolean spanned = column == Columns.ROLES || column == Columns.TIME || column == Columns.OUTPUT;
			c.line(columns.x(column), spanned ? top + HEAD_ROW : top, columns.x(column), bottom, 0.5f);
		}
		for (int i = 1; i < roles.size(); i++) {
			c.line(columns.roleX(i), top + HEAD_ROW, columns.roleX(i), bottom, 0.5f);
		}
	}

	private Node node(Step step, int row, float top, float h) {
		int first = Integer.MAX_VALUE;
		int last = -1;
		for (Role role : step.getPerformers()) {
			int i = roles.indexOf(role);
			if (i >= 0) {
				first = Math.min(first, i);
				last = Math.max(last, i);
			}
		}
		if (last < 0) {
			first = 0;
			last = 0;
		}
		float left = columns.roleX(first);
		float right = columns.roleX(last) + columns.roleWidth();
		float shapeWidth = Math.min(columns.roleWidth() * 0.62f, 70) + (right - left - columns.roleWidth());
		boolean decision = step.getShape() == StepShape.DECISION;
		return new Node(step, row, (left + right) / 2, top + h / 2, shapeWidth, decision ? DIAMOND_HEIGHT : SHAPE_HEIGHT,
				top, h);
	}

	/** A step's shape on this page. */
	private record Node(Step step, int row, float cx, float cy, float w, float h, float rowTop, float rowHeight) {
		float left() {
			return cx - w / 2;
		}

		float right() {
			return cx + w / 2;
		}

		float top() {
			return cy - h / 2;
		}

		float bottom() {
			return cy + h / 2;
		}
	}

	/** The shapes and the arrows between them. */
	private final class Arrows {

		private final Canvas c;
		private final List<Node> nodes;
		private int rightLanes;
		private int leftLanes;

		Arrows(Canvas c, List<Node> nodes) {
			this.c = c;
			this.nodes = nodes;
		}

		void draw() {
			for (Node node : nodes) {
				shape(node);
			}
			for (Node node : nodes) {
				outgoing(node);
			}
			for (Node node : nodes) {
				incoming(node);
			}
		}

		private void shape(Node n) {
			switch (n.step().getShape()) {
				case START, END -> c.rounded(n.left(), n.top(), n.w(), n.h());
				case DECISION -> c.diamond(n.cx(), n.cy(), n.w(), n.h());
				default -> c.rect(n.left(), n.top(), n.w(), n.h(), 0.8f);
			}
		}

		private void outgoing(Node n) {
			boolean bottomUsed = false;
			boolean rightUsed = false;
			for (Edge edge : edges(n.step())) {
				Optional<Node> target = find(edge.target());
				if (target.isEmpty()) {
					if (!bottomUsed && isLater(edge.target(), n.step())) {
						bottomUsed = true;
						offPageDown(n, edge);
					} else {
						offPage(n, edge, rightUsed);
						rightUsed = true;
					}
					continue;
				}
				Node t = target.get();
				if (!bottomUsed && t.row() == n.row() + 1) {
					bottomUsed = true;
					down(n, t, edge.label());
				} else if (!rightUsed) {
					rightUsed = true;
					lane(n, t, edge.label(), true);
				} else {
					lane(n, t, edge.label(), false);
				}
			}
		}

		private void down(Node s, Node t, String label) {
			if (Math.abs(s.cx() - t.cx()) < 0.5f) {
				c.arrow(s.cx(), s.bottom(), t.cx(), t.top());
			} else {
				float mid = t.top() - 6;
				c.arrow(s.cx(), s.bottom(), s.cx(), mid, t.cx(), mid, t.cx(), t.top());
			}
			label(label, s.cx() + 3, s.bottom() + 0.5f);
		}

		private void lane(Node s, Node t, String label, boolean right) {
			float x;
			if (right) {
				x = Math.min(Math.max(s.right(), t.right()) + 7 + 4 * (rightLanes++ % 3), columns.rolesRight() - 2);
				c.arrow(s.right(), s.cy(), x, s.cy(), x, t.cy(), t.right(), t.cy());
				label(label, x + 2, s.cy() - 7.5f);
			} else {
				x = Math.max(Math.min(s.left(), t.left()) - 7 - 4 * (leftLanes++ % 3), columns.rolesLeft() + 2);
				c.arrow(s.left(), s.cy(), x, s.cy(), x, t.cy(), t.left(), t.cy());
				label(label, x - 2 - Wrap.width(fonts.regular(), 5.5f, label), s.cy() - 7.5f);
			}
		}

		/** A flow to a step on another page: an arrow into a connector naming that step and its page. */
		private void offPage(Node s, Edge edge, boolean leftSide) {
			float cx = leftSide ? Math.max(s.left() - 14, columns.rolesLeft() + CONNECTOR + 1)
					: Math.min(s.right() + 14, columns.rolesRight() - CONNECTOR - 1);
			c.arrow(leftSide ? s.left() : s.right(), s.cy(), leftSide ? cx + CONNECTOR : cx - CONNECTOR, s.cy());
			connector(cx, s.cy(), edge.target());
			label(edge.label(), leftSide ? s.left() - 1.5f - Wrap.width(fonts.regular(), 5.5f, edge.label()) : s.right() + 1.5f,
					s.cy() - 7.5f);
		}

		/** A flow down to a step on a later page: an arrow from the shape's bottom into a connector below it. */
		private void offPageDown(Node s, Edge edge) {
			float cy = s.bottom() + connectorOffset(s);
			c.arrow(s.cx(), s.bottom(), s.cx(), cy - CONNECTOR);
			connector(s.cx(), cy, edge.target());
			label(edge.label(), s.cx() + 3, s.bottom() + 0.5f);
		}

		/** How far above or below a shape a connector sits: inside the row, clear of its lines. */
		private float connectorOffset(Node n) {
			float gap = (n.rowHeight() - n.h()) / 2;
			return Math.max(CONNECTOR + 3, gap - CONNECTOR - 2);
		}

		private boolean isLater(Step step, Step than) {
			List<Step> steps = procedure.getSteps();
			return steps.indexOf(step) > steps.indexOf(than);
		}

		/** Flows into {@code n} from steps on other pages: a connector naming the step it comes from. */
		private void incoming(Node n) {
			for (Step source : procedure.getSteps()) {
				if (find(source).isPresent()) {
					continue;
				}
				for (Edge edge : edges(source)) {
					if (edge.target() == n.step() && isLater(n.step(), source) && n.row() == 0) {
						float cy = n.top() - connectorOffset(n);
						connector(n.cx(), cy, source);
						c.arrow(n.cx(), cy + CONNECTOR, n.cx(), n.top());
					} else if (edge.target() == n.step()) {
						float cx = Math.max(n.left() - 14, columns.rolesLeft() + CONNECTOR + 1);
						connector(cx, n.cy(), source);
						c.arrow(cx + CONNECTOR, n.cy(), n.left(), n.cy());
					}
				}
			}
		}

		private void connector(float cx, float cy, Step step) {
			c.circle(cx, cy, CONNECTOR);
			String number = Sheet.text(step.getNumber());
			c.text(fonts.bold(), 5.5f, cx - Wrap.width(fonts.bold(), 5.5f, number) / 2, cy - 3, number);
			Integer page = pageOf.get(step);
			if (page != null) {
				String where = "hlm. " + page;
				c.text(fonts.regular(), 4.5f, cx + CONNECTOR + 1.5f, cy + 1, where);
			}
		}

		private void label(String label, float x, float top) {
			if (!label.isEmpty()) {
				c.text(fonts.regular(), 5.5f, x, top, label);
			}
		}

		private Optional<Node> find(Step step) {
			return nodes.stream().filter(n -> n.step() == step).findFirst();
		}
	}

	/** The flows out of a step: a decision's Ya and Tidak, or the one successor. */
	static List<Edge> edges(Step step) {
		List<Edge> edges = new ArrayList<>();
		if (step.getShape() == StepShape.DECISION) {
			if (step.getYes() != null) {
				edges.add(new Edge(step.getYes(), "Ya"));
			}
			if (step.getNo() != null) {
				edges.add(new Edge(step.getNo(), "Tidak"));
			}
		} else {
			Steps.successor(step).ifPresent(next -> edges.add(new Edge(next, "")));
		}
		return edges;
	}

	record Edge(Step target, String label) {
	}
}
