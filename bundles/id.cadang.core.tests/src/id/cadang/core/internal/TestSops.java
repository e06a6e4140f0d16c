package id.cadang.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.cadang.core.BrokenSop;
import id.cadang.core.InstalledSop;
import id.cadang.core.SopRegistry;
import id.cadang.model.ActionBinding;
import id.cadang.model.Parameter;
import id.cadang.model.Procedure;
import id.cadang.model.Role;
import id.cadang.model.Slot;
import id.cadang.model.SlotKind;
import id.cadang.model.SopDocument;
import id.cadang.model.SopFactory;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.TimeStandard;

/** SOP documents built in code for engine tests, and a registry that holds them. */
final class TestSops implements SopRegistry {

	private static final SopFactory F = SopFactory.eINSTANCE;

	private final List<InstalledSop> sops = new ArrayList<>();

	TestSops add(SopDocument document) {
		sops.add(new InstalledSop(document.getId(), document, "test", "0.0.0", List.of()));
		return this;
	}

	/** The plug-in carrying SOP {@code id} was removed. */
	TestSops remove(String id) {
		sops.removeIf(s -> s.id().equals(id));
		return this;
	}

	@Override
	public List<InstalledSop> sops() {
		return List.copyOf(sops);
	}

	@Override
	public Optional<InstalledSop> sop(String id) {
		return sops.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	@Override
	public List<BrokenSop> broken() {
		return List.of();
	}

	static SopDocument document(String id) {
		SopDocument sop = F.createSopDocument();
		sop.setId(id);
		sop.setNumber("TEST/" + id);
		sop.setTitle("Uji " + id);
		Role admin = F.createRole();
		admin.setId("admin");
		admin.setName("Admin Server");
		sop.getRoles().add(admin);
		Slot db = F.createSlot();
		db.setName("db");
		db.setKind(SlotKind.DATABASE);
		sop.getSlots().add(db);
		Procedure procedure = F.createProcedure();
		procedure.setId("backup");
		sop.getProcedures().add(procedure);
		return sop;
	}

	static Step step(SopDocument sop, String number, StepShape shape, String actionType, String duration) {
		Step step = F.createStep();
		step.setId("s" + number);
		step.setNumber(number);
		step.setActivity("Langkah " + number);
		step.setShape(shape);
		step.getPerformers().add(sop.getRoles().get(0));
		if (duration != null) {
			TimeStandard standard = F.createTimeStandard();
			standard.setDuration(duration);
			step.setTimeStandard(standard);
		}
		if (actionType != null) {
			ActionBinding action = F.createActionBinding();
			action.setType(actionType);
			Parameter source = F.createParameter();
			source.setKey("source");
			source.setValue("db");
			action.getParameters().add(source);
			step.setAction(action);
		}
		sop.getProcedures().get(0).getSteps().add(step);
		return step;
	}
}
