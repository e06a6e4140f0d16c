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

import id.cadang.core.BrokenSop;
import id.cadang.core.InstalledSop;
import id.cadang.core.PluginProblem;
import id.cadang.core.SopRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/** The first window's part: the installed SOP plug-ins. A later issue builds the console out. */
public final class SopLibraryPart {

	/** How often the library looks again, so that a plug-in dropped into the folder shows within seconds. */
	private static final int REFRESH_MILLIS = 3000;

	private ServiceTracker<SopRegistry, SopRegistry> registry;
	private Table table;
	private Table problems;

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
		Label problemsTitle = new Label(parent, SWT.NONE);
		problemsTitle.setText("Plug-in yang tidak dapat dipakai / Plug-ins that cannot be used");
		problems = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		problems.setHeaderVisible(true);
		problems.setLinesVisible(true);
		GridData problemsLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
		problemsLayout.heightHint = 120;
		problems.setLayoutData(problemsLayout);
		for (String header : List.of("Berkas / plug-in", "Alasan / reason")) {
			TableColumn column = new TableColumn(problems, SWT.LEFT);
			column.setText(header);
			column.setWidth(header.startsWith("Alasan") ? 800 : 260);
		}
		registry = new ServiceTracker<>(FrameworkUtil.getBundle(getClass()).getBundleContext(), SopRegistry.class, null);
		registry.open();
		refresh();
		schedule(parent);
	}

	private void schedule(Composite parent) {
		parent.getDisplay().timerExec(REFRESH_MILLIS, () -> {
			if (!table.isDisposed()) {
				refresh();
				schedule(parent);
			}
		});
	}

	private void refresh() {
		SopRegistry sops = registry.getService();
		int selected = table.getSelectionIndex();
		table.removeAll();
		if (sops == null) {
			return;
		}
		for (InstalledSop sop : sops.sops()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { sop.id(), sop.document().getNumber(), sop.document().getTitle(),
					sop.document().getAgency(), String.valueOf(sop.document().getProcedures().size()) });
		}
		if (selected >= 0 && selected < table.getItemCount()) {
			table.setSelection(selected);
		}
		problems.removeAll();
		List<PluginProblem> fromFolder = sops.pluginProblems();
		for (BrokenSop broken : sops.broken()) {
			if (fromFolder.stream().anyMatch(p -> p.reason().contains("plug-in " + broken.bundle() + " "))) {
				continue; // listed below under its file name
			}
			new TableItem(problems, SWT.NONE).setText(new String[] { broken.bundle() + " " + broken.version(),
					broken.reason() });
		}
		for (PluginProblem problem : fromFolder) {
			new TableItem(problems, SWT.NONE).setText(new String[] { problem.fileName(), problem.reason() });
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
