package id.cadang.report;

/**
 * The columns of a procedure table: No, Aktivitas, the role columns (Pelaksana), Kelengkapan, Waktu, Output
 * and Keterangan. The role columns share what the others leave, at least {@value #MIN_ROLE} points each;
 * with many roles the text columns give way in proportion (No and Waktu keep their width).
 */
final class Columns {

	static final int NUMBER = 0;
	static final int ACTIVITY = 1;
	static final int ROLES = 2;
	static final int REQUIREMENTS = 3;
	static final int TIME = 4;
	static final int OUTPUT = 5;
	static final int REMARK = 6;

	private static final float MIN_ROLE = 56;
	private static final float[] WIDTHS = { 24, 170, 0, 120, 55, 110, 95 };

	private final float[] x = new float[REMARK + 2];
	private final float roleWidth;

	private Columns(int roles) {
		float total = Sheet.WIDTH - 2 * Sheet.MARGIN;
		float fixed = WIDTHS[NUMBER] + WIDTHS[TIME];
		float flexible = 0;
		for (float w : WIDTHS) {
			flexible += w;
		}
		flexible -= fixed;
		int count = Math.max(1, roles);
		float rolesWidth = Math.max(total - fixed - flexible, count * MIN_ROLE);
		float scale = (total - fixed - rolesWidth) / flexible;
		this.roleWidth = rolesWidth / count;
		float at = Sheet.MARGIN;
		for (int i = 0; i < WIDTHS.length; i++) {
			x[i] = at;
			at += i == ROLES ? rolesWidth : i == NUMBER || i == TIME ? WIDTHS[i] : WIDTHS[i] * scale;
		}
		x[WIDTHS.length] = at;
	}

	static Columns forRoles(int roles) {
		return new Columns(roles);
	}

	float x(int column) {
		return x[column];
	}

	float width(int column) {
		return x[column + 1] - x[column];
	}

	float left() {
		return x[0];
	}

	float right() {
		return x[x.length - 1];
	}

	float rolesLeft() {
		return x[ROLES];
	}

	float rolesRight() {
		return x[REQUIREMENTS];
	}

	float roleWidth() {
		return roleWidth;
	}

	/** The left edge of role column {@code index}. */
	float roleX(int index) {
		return x[ROLES] + index * roleWidth;
	}
}
