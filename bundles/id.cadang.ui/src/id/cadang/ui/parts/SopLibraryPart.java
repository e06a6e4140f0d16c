package id.cadang.ui.parts;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/** The first window's part: the installed SOP plug-ins. A later issue builds the console out. */
public final class SopLibraryPart {

	private ServiceTracker<SopRegistry, SopRegistry> registry;
	private Table table;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Label title = new Label(parent, SWT.NONE);
		title.setText("SOP yang terpasang / Installed SOPs");
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String header : List.of("ID", "Nomor", "Judul", "Instansi", "Prosedur")) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(header);
			column.setWidth(header.equals("Judul") ? 320 : 180);
		}
		registry = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(), SopRegistry.class, null);
		registry.open();
		refresh();
	}

	private void refresh() {
		SopRegistry sops = registry.getService();
		table.removeAll();
		if (sops == null) {
			return;
		}
		for (InstalledSop sop : sops.sops()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { sop.id(), sop.document().getNumber(), sop.document().getTitle(),
					sop.document().getAgency(), String.valueOf(sop.document().getProcedures().size()) });
		}
	}

	@Focus
	public void setFocus() {
		table.setFocus();
	}

	@PreDestroy
	public void dispose() {
		registry.close();
	}
}
