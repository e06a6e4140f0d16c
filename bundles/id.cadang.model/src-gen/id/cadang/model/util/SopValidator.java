/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model.util;

import id.cadang.model.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import id.cadang.model.internal.DocumentRules;
import id.cadang.model.internal.FlowRules;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see id.cadang.model.SopPackage
 * @generated
 */
public class SopValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final SopValidator INSTANCE = new SopValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "id.cadang.model";

	/**
	 * <!-- begin-user-doc -->
	 * The key of the {@link org.eclipse.emf.ecore.util.Diagnostician} context entry that holds the action
	 * types installed in the runtime, a {@code java.util.Set<String>}. With it, every step's action type is
	 * checked against that set; without it, that rule is skipped (the model alone cannot know the runtime).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public static final String INSTALLED_ACTION_TYPES = "id.cadang.model.installedActionTypes";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SopValidator()
	{
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage()
	{
	  return SopPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		switch (classifierID)
		{
			case SopPackage.SOP_DOCUMENT:
				return validateSopDocument((SopDocument)value, diagnostics, context);
			case SopPackage.APPROVER:
				return validateApprover((Approver)value, diagnostics, context);
			case SopPackage.ROLE:
				return validateRole((Role)value, diagnostics, context);
			case SopPackage.PROCEDURE:
				return validateProcedure((Procedure)value, diagnostics, context);
			case SopPackage.STEP:
				return validateStep((Step)value, diagnostics, context);
			case SopPackage.TIME_STANDARD:
				return validateTimeStandard((TimeStandard)value, diagnostics, context);
			case SopPackage.ACTION_BINDING:
				return validateActionBinding((ActionBinding)value, diagnostics, context);
			case SopPackage.PARAMETER:
				return validateParameter((Parameter)value, diagnostics, context);
			case SopPackage.SLOT:
				return validateSlot((Slot)value, diagnostics, context);
			case SopPackage.DEFINITION:
				return validateDefinition((Definition)value, diagnostics, context);
			case SopPackage.FORM:
				return validateForm((Form)value, diagnostics, context);
			case SopPackage.FORM_FIELD:
				return validateFormField((FormField)value, diagnostics, context);
			case SopPackage.SCHEDULE:
				return validateSchedule((Schedule)value, diagnostics, context);
			case SopPackage.RETENTION_RULE:
				return validateRetentionRule((RetentionRule)value, diagnostics, context);
			case SopPackage.NAMING_RULE:
				return validateNamingRule((NamingRule)value, diagnostics, context);
			case SopPackage.STEP_SHAPE:
				return validateStepShape((StepShape)value, diagnostics, context);
			case SopPackage.SLOT_KIND:
				return validateSlotKind((SlotKind)value, diagnostics, context);
			case SopPackage.FORM_KIND:
				return validateFormKind((FormKind)value, diagnostics, context);
			case SopPackage.FIELD_TYPE:
				return validateFieldType((FieldType)value, diagnostics, context);
			case SopPackage.PARAMETER_TYPE:
				return validateParameterType((ParameterType)value, diagnostics, context);
			case SopPackage.RETENTION_KIND:
				return validateRetentionKind((RetentionKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSopDocument(SopDocument sopDocument, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(sopDocument, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(sopDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(sopDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(sopDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(sopDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(sopDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(sopDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(sopDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(sopDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateSopDocument_uniqueIds(sopDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateSopDocument_validTimeZone(sopDocument, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueIds constraint of '<em>Document</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: ids of procedures, steps, roles and forms are unique in the SOP; so are slot names and schedule and retention rule ids.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSopDocument_uniqueIds(SopDocument sopDocument, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.uniqueIds(sopDocument), sopDocument, diagnostics);
	}

	/**
	 * Validates the validTimeZone constraint of '<em>Document</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the time zone is a time zone id.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSopDocument_validTimeZone(SopDocument sopDocument, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.validTimeZone(sopDocument), sopDocument, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApprover(Approver approver, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(approver, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRole(Role role, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(role, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProcedure(Procedure procedure, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(procedure, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validateProcedure_hasStart(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validateProcedure_reachesEnd(procedure, diagnostics, context);
		if (result || diagnostics != null) result &= validateProcedure_loopsPassDecision(procedure, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasStart constraint of '<em>Procedure</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the first step is the START, and no other step is.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProcedure_hasStart(Procedure procedure, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(FlowRules.hasStart(procedure), procedure, diagnostics);
	}

	/**
	 * Validates the reachesEnd constraint of '<em>Procedure</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: an END step is reached from the first step, and from every step reached.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProcedure_reachesEnd(Procedure procedure, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(FlowRules.reachesEnd(procedure), procedure, diagnostics);
	}

	/**
	 * Validates the loopsPassDecision constraint of '<em>Procedure</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: every loop of the flow passes a DECISION.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateProcedure_loopsPassDecision(Procedure procedure, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(FlowRules.loopsPassDecision(procedure), procedure, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStep(Step step, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(step, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(step, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(step, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(step, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(step, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(step, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(step, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(step, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(step, diagnostics, context);
		if (result || diagnostics != null) result &= validateStep_decisionHasBothBranches(step, diagnostics, context);
		if (result || diagnostics != null) result &= validateStep_targetsInProcedure(step, diagnostics, context);
		if (result || diagnostics != null) result &= validateStep_validDuration(step, diagnostics, context);
		if (result || diagnostics != null) result &= validateStep_formDeclared(step, diagnostics, context);
		if (result || diagnostics != null) result &= validateStep_actionTypeInstalled(step, diagnostics, context);
		return result;
	}

	/**
	 * Validates the decisionHasBothBranches constraint of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: a DECISION has both a yes and a no branch.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStep_decisionHasBothBranches(Step step, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(FlowRules.decisionHasBothBranches(step), step, diagnostics);
	}

	/**
	 * Validates the targetsInProcedure constraint of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: next, yes and no point at steps of the same procedure.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStep_targetsInProcedure(Step step, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(FlowRules.targetsInProcedure(step), step, diagnostics);
	}

	/**
	 * Validates the validDuration constraint of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the time standard's duration is ISO-8601.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStep_validDuration(Step step, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.validDuration(step), step, diagnostics);
	}

	/**
	 * Validates the formDeclared constraint of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the step's form is one of the document's forms.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStep_formDeclared(Step step, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.formDeclared(step), step, diagnostics);
	}

	/**
	 * Validates the actionTypeInstalled constraint of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the action type is installed, when the context says which are ({@link #INSTALLED_ACTION_TYPES}).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateStep_actionTypeInstalled(Step step, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.actionTypeInstalled(step, installedActionTypes(context)), step, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimeStandard(TimeStandard timeStandard, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(timeStandard, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActionBinding(ActionBinding actionBinding, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(actionBinding, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameter(Parameter parameter, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(parameter, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(parameter, diagnostics, context);
		if (result || diagnostics != null) result &= validateParameter_validValue(parameter, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validValue constraint of '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the value is what the type says: a declared slot, a duration, a number, a boolean.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateParameter_validValue(Parameter parameter, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.validValue(parameter), parameter, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSlot(Slot slot, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(slot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDefinition(Definition definition, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(definition, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateForm(Form form, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(form, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFormField(FormField formField, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(formField, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSchedule(Schedule schedule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(schedule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validateSchedule_validCron(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validateSchedule_slotsDeclared(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validateSchedule_procedureDeclared(schedule, diagnostics, context);
		if (result || diagnostics != null) result &= validateSchedule_validTimeZone(schedule, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validCron constraint of '<em>Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the cron expression has five fields.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSchedule_validCron(Schedule schedule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.validCron(schedule), schedule, diagnostics);
	}

	/**
	 * Validates the slotsDeclared constraint of '<em>Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the slots named are declared.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSchedule_slotsDeclared(Schedule schedule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.slotsDeclared(schedule, schedule.getSlots()), schedule, diagnostics);
	}

	/**
	 * Validates the procedureDeclared constraint of '<em>Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the procedure is one of the document's.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSchedule_procedureDeclared(Schedule schedule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.procedureDeclared(schedule), schedule, diagnostics);
	}

	/**
	 * Validates the validTimeZone constraint of '<em>Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: its own time zone, if any, is a time zone id.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSchedule_validTimeZone(Schedule schedule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.validTimeZone(schedule), schedule, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRetentionRule(RetentionRule retentionRule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(retentionRule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetentionRule_countsNotNegative(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetentionRule_keepsSomething(retentionRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateRetentionRule_slotsDeclared(retentionRule, diagnostics, context);
		return result;
	}

	/**
	 * Validates the countsNotNegative constraint of '<em>Retention Rule</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: no count is negative.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetentionRule_countsNotNegative(RetentionRule retentionRule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.countsNotNegative(retentionRule), retentionRule, diagnostics);
	}

	/**
	 * Validates the keepsSomething constraint of '<em>Retention Rule</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: a GRANDFATHER_FATHER_SON rule keeps at least one backup.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetentionRule_keepsSomething(RetentionRule retentionRule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.keepsSomething(retentionRule), retentionRule, diagnostics);
	}

	/**
	 * Validates the slotsDeclared constraint of '<em>Retention Rule</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: the slots named are declared.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRetentionRule_slotsDeclared(RetentionRule retentionRule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.slotsDeclared(retentionRule, retentionRule.getSlots()), retentionRule, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamingRule(NamingRule namingRule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(namingRule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(namingRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(namingRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(namingRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(namingRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(namingRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(namingRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(namingRule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(namingRule, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamingRule_knownPlaceholders(namingRule, diagnostics, context);
		return result;
	}

	/**
	 * Validates the knownPlaceholders constraint of '<em>Naming Rule</em>'.
	 * <!-- begin-user-doc -->
	 * Hand-written: a pattern with the placeholders {sop} {binding} {slot} {date:...} {ext} only.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateNamingRule_knownPlaceholders(NamingRule namingRule, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return report(DocumentRules.knownPlaceholders(namingRule), namingRule, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStepShape(StepShape stepShape, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSlotKind(SlotKind slotKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFormKind(FormKind formKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFieldType(FieldType fieldType, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterType(ParameterType parameterType, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRetentionKind(RetentionKind retentionKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Adds each of {@code problems}, a sentence that names the place and the fix, as an error on {@code object}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private static boolean report(List<String> problems, EObject object, DiagnosticChain diagnostics)
	{
		if (diagnostics != null)
		{
			for (String problem : problems)
			{
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, 0, problem, new Object[] { object }));
			}
		}
		return problems.isEmpty();
	}

	/**
	 * <!-- begin-user-doc -->
	 * The action types under {@link #INSTALLED_ACTION_TYPES} in {@code context}; null when it has none.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private static Set<String> installedActionTypes(Map<Object, Object> context)
	{
		Object types = context == null ? null : context.get(INSTALLED_ACTION_TYPES);
		if (types == null)
		{
			return null;
		}
		if (!(types instanceof Set<?> set) || !set.stream().allMatch(String.class::isInstance))
		{
			throw new IllegalArgumentException("The validation context entry " + INSTALLED_ACTION_TYPES
				+ " must be a java.util.Set<String> of action type ids, but is " + types.getClass().getName());
		}
		@SuppressWarnings("unchecked")
		Set<String> strings = (Set<String>)set;
		return strings;
	}

} //SopValidator
