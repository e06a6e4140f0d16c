/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model.impl;

import id.cadang.model.ActionBinding;
import id.cadang.model.Approver;
import id.cadang.model.Definition;
import id.cadang.model.FieldType;
import id.cadang.model.Form;
import id.cadang.model.FormField;
import id.cadang.model.FormKind;
import id.cadang.model.NamingRule;
import id.cadang.model.Parameter;
import id.cadang.model.ParameterType;
import id.cadang.model.Procedure;
import id.cadang.model.RetentionKind;
import id.cadang.model.RetentionRule;
import id.cadang.model.Role;
import id.cadang.model.Schedule;
import id.cadang.model.Slot;
import id.cadang.model.SlotKind;
import id.cadang.model.SopDocument;
import id.cadang.model.SopFactory;
import id.cadang.model.SopPackage;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.TimeStandard;

import id.cadang.model.util.SopValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SopPackageImpl extends EPackageImpl implements SopPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sopDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass approverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass procedureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timeStandardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionBindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass slotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass definitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass formEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass formFieldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass retentionRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namingRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepShapeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum slotKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum formKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fieldTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum parameterTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum retentionKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see id.cadang.model.SopPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SopPackageImpl()
	{
		super(eNS_URI, SopFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SopPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SopPackage init()
	{
		if (isInited) return (SopPackage)EPackage.Registry.INSTANCE.getEPackage(SopPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSopPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SopPackageImpl theSopPackage = registeredSopPackage instanceof SopPackageImpl ? (SopPackageImpl)registeredSopPackage : new SopPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSopPackage.createPackageContents();

		// Initialize created meta-data
		theSopPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theSopPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return SopValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theSopPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SopPackage.eNS_URI, theSopPackage);
		return theSopPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSopDocument()
	{
		return sopDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Id()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Number()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Title()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Agency()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Unit()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_DateMade()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_DateRevised()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_DateEffective()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSopDocument_Approver()
	{
		return (EReference)sopDocumentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_LegalBases()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Qualifications()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_RelatedSops()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Equipment()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Warnings()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_RecordKeeping()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_TimeZone()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSopDocument_Roles()
	{
		return (EReference)sopDocumentEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSopDocument_Procedures()
	{
		return (EReference)sopDocumentEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSopDocument_Slots()
	{
		return (EReference)sopDocumentEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Revision()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Purpose()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSopDocument_Scope()
	{
		return (EAttribute)sopDocumentEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSopDocument_Definitions()
	{
		return (EReference)sopDocumentEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSopDocument_Forms()
	{
		return (EReference)sopDocumentEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSopDocument_Schedules()
	{
		return (EReference)sopDocumentEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSopDocument_RetentionRules()
	{
		return (EReference)sopDocumentEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSopDocument_NamingRule()
	{
		return (EReference)sopDocumentEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApprover()
	{
		return approverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprover_Name()
	{
		return (EAttribute)approverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprover_Nip()
	{
		return (EAttribute)approverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprover_Position()
	{
		return (EAttribute)approverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole()
	{
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Id()
	{
		return (EAttribute)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Name()
	{
		return (EAttribute)roleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcedure()
	{
		return procedureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcedure_Id()
	{
		return (EAttribute)procedureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcedure_Title()
	{
		return (EAttribute)procedureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcedure_Steps()
	{
		return (EReference)procedureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep()
	{
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Id()
	{
		return (EAttribute)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Number()
	{
		return (EAttribute)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Activity()
	{
		return (EAttribute)stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Performers()
	{
		return (EReference)stepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Requirements()
	{
		return (EAttribute)stepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_TimeStandard()
	{
		return (EReference)stepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Output()
	{
		return (EAttribute)stepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Remark()
	{
		return (EAttribute)stepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Shape()
	{
		return (EAttribute)stepEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Next()
	{
		return (EReference)stepEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Yes()
	{
		return (EReference)stepEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_No()
	{
		return (EReference)stepEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Action()
	{
		return (EReference)stepEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Form()
	{
		return (EReference)stepEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimeStandard()
	{
		return timeStandardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeStandard_Duration()
	{
		return (EAttribute)timeStandardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeStandard_Text()
	{
		return (EAttribute)timeStandardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeStandard_Frequency()
	{
		return (EAttribute)timeStandardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionBinding()
	{
		return actionBindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionBinding_Type()
	{
		return (EAttribute)actionBindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionBinding_Parameters()
	{
		return (EReference)actionBindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter()
	{
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Key()
	{
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value()
	{
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Type()
	{
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSlot()
	{
		return slotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlot_Name()
	{
		return (EAttribute)slotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlot_Kind()
	{
		return (EAttribute)slotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlot_Label()
	{
		return (EAttribute)slotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlot_Required()
	{
		return (EAttribute)slotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDefinition()
	{
		return definitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDefinition_Term()
	{
		return (EAttribute)definitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDefinition_Meaning()
	{
		return (EAttribute)definitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getForm()
	{
		return formEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForm_Id()
	{
		return (EAttribute)formEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForm_Title()
	{
		return (EAttribute)formEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForm_Kind()
	{
		return (EAttribute)formEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getForm_Fields()
	{
		return (EReference)formEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFormField()
	{
		return formFieldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormField_Name()
	{
		return (EAttribute)formFieldEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormField_Label()
	{
		return (EAttribute)formFieldEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormField_Type()
	{
		return (EAttribute)formFieldEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormField_Required()
	{
		return (EAttribute)formFieldEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormField_Choices()
	{
		return (EAttribute)formFieldEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchedule()
	{
		return scheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Id()
	{
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Cron()
	{
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Description()
	{
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSchedule_Procedure()
	{
		return (EReference)scheduleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Slots()
	{
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_TimeZone()
	{
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRetentionRule()
	{
		return retentionRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Id()
	{
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Description()
	{
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Slots()
	{
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_KeepLast()
	{
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Daily()
	{
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Weekly()
	{
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Monthly()
	{
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Yearly()
	{
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRetentionRule_Kind()
	{
		return (EAttribute)retentionRuleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamingRule()
	{
		return namingRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamingRule_Pattern()
	{
		return (EAttribute)namingRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamingRule_Description()
	{
		return (EAttribute)namingRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepShape()
	{
		return stepShapeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSlotKind()
	{
		return slotKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFormKind()
	{
		return formKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFieldType()
	{
		return fieldTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getParameterType()
	{
		return parameterTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRetentionKind()
	{
		return retentionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SopFactory getSopFactory()
	{
		return (SopFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		sopDocumentEClass = createEClass(SOP_DOCUMENT);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__ID);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__NUMBER);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__TITLE);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__AGENCY);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__UNIT);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__DATE_MADE);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__DATE_REVISED);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__DATE_EFFECTIVE);
		createEReference(sopDocumentEClass, SOP_DOCUMENT__APPROVER);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__LEGAL_BASES);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__QUALIFICATIONS);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__RELATED_SOPS);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__EQUIPMENT);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__WARNINGS);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__RECORD_KEEPING);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__TIME_ZONE);
		createEReference(sopDocumentEClass, SOP_DOCUMENT__ROLES);
		createEReference(sopDocumentEClass, SOP_DOCUMENT__PROCEDURES);
		createEReference(sopDocumentEClass, SOP_DOCUMENT__SLOTS);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__REVISION);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__PURPOSE);
		createEAttribute(sopDocumentEClass, SOP_DOCUMENT__SCOPE);
		createEReference(sopDocumentEClass, SOP_DOCUMENT__DEFINITIONS);
		createEReference(sopDocumentEClass, SOP_DOCUMENT__FORMS);
		createEReference(sopDocumentEClass, SOP_DOCUMENT__SCHEDULES);
		createEReference(sopDocumentEClass, SOP_DOCUMENT__RETENTION_RULES);
		createEReference(sopDocumentEClass, SOP_DOCUMENT__NAMING_RULE);

		approverEClass = createEClass(APPROVER);
		createEAttribute(approverEClass, APPROVER__NAME);
		createEAttribute(approverEClass, APPROVER__NIP);
		createEAttribute(approverEClass, APPROVER__POSITION);

		roleEClass = createEClass(ROLE);
		createEAttribute(roleEClass, ROLE__ID);
		createEAttribute(roleEClass, ROLE__NAME);

		procedureEClass = createEClass(PROCEDURE);
		createEAttribute(procedureEClass, PROCEDURE__ID);
		createEAttribute(procedureEClass, PROCEDURE__TITLE);
		createEReference(procedureEClass, PROCEDURE__STEPS);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__ID);
		createEAttribute(stepEClass, STEP__NUMBER);
		createEAttribute(stepEClass, STEP__ACTIVITY);
		createEReference(stepEClass, STEP__PERFORMERS);
		createEAttribute(stepEClass, STEP__REQUIREMENTS);
		createEReference(stepEClass, STEP__TIME_STANDARD);
		createEAttribute(stepEClass, STEP__OUTPUT);
		createEAttribute(stepEClass, STEP__REMARK);
		createEAttribute(stepEClass, STEP__SHAPE);
		createEReference(stepEClass, STEP__NEXT);
		createEReference(stepEClass, STEP__YES);
		createEReference(stepEClass, STEP__NO);
		createEReference(stepEClass, STEP__ACTION);
		createEReference(stepEClass, STEP__FORM);

		timeStandardEClass = createEClass(TIME_STANDARD);
		createEAttribute(timeStandardEClass, TIME_STANDARD__DURATION);
		createEAttribute(timeStandardEClass, TIME_STANDARD__TEXT);
		createEAttribute(timeStandardEClass, TIME_STANDARD__FREQUENCY);

		actionBindingEClass = createEClass(ACTION_BINDING);
		createEAttribute(actionBindingEClass, ACTION_BINDING__TYPE);
		createEReference(actionBindingEClass, ACTION_BINDING__PARAMETERS);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__KEY);
		createEAttribute(parameterEClass, PARAMETER__VALUE);
		createEAttribute(parameterEClass, PARAMETER__TYPE);

		slotEClass = createEClass(SLOT);
		createEAttribute(slotEClass, SLOT__NAME);
		createEAttribute(slotEClass, SLOT__KIND);
		createEAttribute(slotEClass, SLOT__LABEL);
		createEAttribute(slotEClass, SLOT__REQUIRED);

		definitionEClass = createEClass(DEFINITION);
		createEAttribute(definitionEClass, DEFINITION__TERM);
		createEAttribute(definitionEClass, DEFINITION__MEANING);

		formEClass = createEClass(FORM);
		createEAttribute(formEClass, FORM__ID);
		createEAttribute(formEClass, FORM__TITLE);
		createEAttribute(formEClass, FORM__KIND);
		createEReference(formEClass, FORM__FIELDS);

		formFieldEClass = createEClass(FORM_FIELD);
		createEAttribute(formFieldEClass, FORM_FIELD__NAME);
		createEAttribute(formFieldEClass, FORM_FIELD__LABEL);
		createEAttribute(formFieldEClass, FORM_FIELD__TYPE);
		createEAttribute(formFieldEClass, FORM_FIELD__REQUIRED);
		createEAttribute(formFieldEClass, FORM_FIELD__CHOICES);

		scheduleEClass = createEClass(SCHEDULE);
		createEAttribute(scheduleEClass, SCHEDULE__ID);
		createEAttribute(scheduleEClass, SCHEDULE__CRON);
		createEAttribute(scheduleEClass, SCHEDULE__DESCRIPTION);
		createEReference(scheduleEClass, SCHEDULE__PROCEDURE);
		createEAttribute(scheduleEClass, SCHEDULE__SLOTS);
		createEAttribute(scheduleEClass, SCHEDULE__TIME_ZONE);

		retentionRuleEClass = createEClass(RETENTION_RULE);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__ID);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__DESCRIPTION);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__SLOTS);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__KEEP_LAST);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__DAILY);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__WEEKLY);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__MONTHLY);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__YEARLY);
		createEAttribute(retentionRuleEClass, RETENTION_RULE__KIND);

		namingRuleEClass = createEClass(NAMING_RULE);
		createEAttribute(namingRuleEClass, NAMING_RULE__PATTERN);
		createEAttribute(namingRuleEClass, NAMING_RULE__DESCRIPTION);

		// Create enums
		stepShapeEEnum = createEEnum(STEP_SHAPE);
		slotKindEEnum = createEEnum(SLOT_KIND);
		formKindEEnum = createEEnum(FORM_KIND);
		fieldTypeEEnum = createEEnum(FIELD_TYPE);
		parameterTypeEEnum = createEEnum(PARAMETER_TYPE);
		retentionKindEEnum = createEEnum(RETENTION_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(sopDocumentEClass, SopDocument.class, "SopDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSopDocument_Id(), ecorePackage.getEString(), "id", null, 1, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Number(), ecorePackage.getEString(), "number", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Title(), ecorePackage.getEString(), "title", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Agency(), ecorePackage.getEString(), "agency", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_DateMade(), ecorePackage.getEString(), "dateMade", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_DateRevised(), ecorePackage.getEString(), "dateRevised", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_DateEffective(), ecorePackage.getEString(), "dateEffective", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSopDocument_Approver(), this.getApprover(), null, "approver", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_LegalBases(), ecorePackage.getEString(), "legalBases", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Qualifications(), ecorePackage.getEString(), "qualifications", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_RelatedSops(), ecorePackage.getEString(), "relatedSops", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Equipment(), ecorePackage.getEString(), "equipment", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Warnings(), ecorePackage.getEString(), "warnings", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_RecordKeeping(), ecorePackage.getEString(), "recordKeeping", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_TimeZone(), ecorePackage.getEString(), "timeZone", "Asia/Jakarta", 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSopDocument_Roles(), this.getRole(), null, "roles", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSopDocument_Procedures(), this.getProcedure(), null, "procedures", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSopDocument_Slots(), this.getSlot(), null, "slots", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Revision(), ecorePackage.getEString(), "revision", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSopDocument_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSopDocument_Definitions(), this.getDefinition(), null, "definitions", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSopDocument_Forms(), this.getForm(), null, "forms", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSopDocument_Schedules(), this.getSchedule(), null, "schedules", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSopDocument_RetentionRules(), this.getRetentionRule(), null, "retentionRules", null, 0, -1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSopDocument_NamingRule(), this.getNamingRule(), null, "namingRule", null, 0, 1, SopDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(approverEClass, Approver.class, "Approver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApprover_Name(), ecorePackage.getEString(), "name", null, 0, 1, Approver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprover_Nip(), ecorePackage.getEString(), "nip", null, 0, 1, Approver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprover_Position(), ecorePackage.getEString(), "position", null, 0, 1, Approver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRole_Id(), ecorePackage.getEString(), "id", null, 1, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Name(), ecorePackage.getEString(), "name", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(procedureEClass, Procedure.class, "Procedure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProcedure_Id(), ecorePackage.getEString(), "id", null, 1, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcedure_Title(), ecorePackage.getEString(), "title", null, 0, 1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcedure_Steps(), this.getStep(), null, "steps", null, 0, -1, Procedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStep_Id(), ecorePackage.getEString(), "id", null, 1, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Number(), ecorePackage.getEString(), "number", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Activity(), ecorePackage.getEString(), "activity", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Performers(), this.getRole(), null, "performers", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Requirements(), ecorePackage.getEString(), "requirements", null, 0, -1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_TimeStandard(), this.getTimeStandard(), null, "timeStandard", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Output(), ecorePackage.getEString(), "output", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Shape(), this.getStepShape(), "shape", "ACTIVITY", 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Next(), this.getStep(), null, "next", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Yes(), this.getStep(), null, "yes", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_No(), this.getStep(), null, "no", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Action(), this.getActionBinding(), null, "action", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Form(), this.getForm(), null, "form", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timeStandardEClass, TimeStandard.class, "TimeStandard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimeStandard_Duration(), ecorePackage.getEString(), "duration", null, 0, 1, TimeStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeStandard_Text(), ecorePackage.getEString(), "text", null, 0, 1, TimeStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeStandard_Frequency(), ecorePackage.getEString(), "frequency", null, 0, 1, TimeStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionBindingEClass, ActionBinding.class, "ActionBinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActionBinding_Type(), ecorePackage.getEString(), "type", null, 1, 1, ActionBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionBinding_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, ActionBinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Key(), ecorePackage.getEString(), "key", null, 1, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Type(), this.getParameterType(), "type", "STRING", 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(slotEClass, Slot.class, "Slot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSlot_Name(), ecorePackage.getEString(), "name", null, 1, 1, Slot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlot_Kind(), this.getSlotKind(), "kind", null, 0, 1, Slot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlot_Label(), ecorePackage.getEString(), "label", null, 0, 1, Slot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlot_Required(), ecorePackage.getEBoolean(), "required", "true", 0, 1, Slot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(definitionEClass, Definition.class, "Definition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDefinition_Term(), ecorePackage.getEString(), "term", null, 0, 1, Definition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDefinition_Meaning(), ecorePackage.getEString(), "meaning", null, 0, 1, Definition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(formEClass, Form.class, "Form", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getForm_Id(), ecorePackage.getEString(), "id", null, 1, 1, Form.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForm_Title(), ecorePackage.getEString(), "title", null, 0, 1, Form.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForm_Kind(), this.getFormKind(), "kind", "FORM", 0, 1, Form.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getForm_Fields(), this.getFormField(), null, "fields", null, 0, -1, Form.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(formFieldEClass, FormField.class, "FormField", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFormField_Name(), ecorePackage.getEString(), "name", null, 1, 1, FormField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormField_Label(), ecorePackage.getEString(), "label", null, 0, 1, FormField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormField_Type(), this.getFieldType(), "type", "TEXT", 0, 1, FormField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormField_Required(), ecorePackage.getEBoolean(), "required", "true", 0, 1, FormField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormField_Choices(), ecorePackage.getEString(), "choices", null, 0, -1, FormField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleEClass, Schedule.class, "Schedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchedule_Id(), ecorePackage.getEString(), "id", null, 1, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_Cron(), ecorePackage.getEString(), "cron", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_Description(), ecorePackage.getEString(), "description", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSchedule_Procedure(), this.getProcedure(), null, "procedure", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_Slots(), ecorePackage.getEString(), "slots", null, 0, -1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_TimeZone(), ecorePackage.getEString(), "timeZone", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(retentionRuleEClass, RetentionRule.class, "RetentionRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRetentionRule_Id(), ecorePackage.getEString(), "id", null, 1, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Description(), ecorePackage.getEString(), "description", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Slots(), ecorePackage.getEString(), "slots", null, 0, -1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_KeepLast(), ecorePackage.getEInt(), "keepLast", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Daily(), ecorePackage.getEInt(), "daily", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Weekly(), ecorePackage.getEInt(), "weekly", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Monthly(), ecorePackage.getEInt(), "monthly", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Yearly(), ecorePackage.getEInt(), "yearly", null, 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRetentionRule_Kind(), this.getRetentionKind(), "kind", "GRANDFATHER_FATHER_SON", 0, 1, RetentionRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namingRuleEClass, NamingRule.class, "NamingRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamingRule_Pattern(), ecorePackage.getEString(), "pattern", null, 0, 1, NamingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamingRule_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(stepShapeEEnum, StepShape.class, "StepShape");
		addEEnumLiteral(stepShapeEEnum, StepShape.START);
		addEEnumLiteral(stepShapeEEnum, StepShape.ACTIVITY);
		addEEnumLiteral(stepShapeEEnum, StepShape.DECISION);
		addEEnumLiteral(stepShapeEEnum, StepShape.END);

		initEEnum(slotKindEEnum, SlotKind.class, "SlotKind");
		addEEnumLiteral(slotKindEEnum, SlotKind.DATABASE);
		addEEnumLiteral(slotKindEEnum, SlotKind.FOLDER);
		addEEnumLiteral(slotKindEEnum, SlotKind.TARGET);

		initEEnum(formKindEEnum, FormKind.class, "FormKind");
		addEEnumLiteral(formKindEEnum, FormKind.FORM);
		addEEnumLiteral(formKindEEnum, FormKind.CHECKLIST);
		addEEnumLiteral(formKindEEnum, FormKind.LETTER);

		initEEnum(fieldTypeEEnum, FieldType.class, "FieldType");
		addEEnumLiteral(fieldTypeEEnum, FieldType.TEXT);
		addEEnumLiteral(fieldTypeEEnum, FieldType.LONG_TEXT);
		addEEnumLiteral(fieldTypeEEnum, FieldType.NUMBER);
		addEEnumLiteral(fieldTypeEEnum, FieldType.DATE);
		addEEnumLiteral(fieldTypeEEnum, FieldType.DATETIME);
		addEEnumLiteral(fieldTypeEEnum, FieldType.BOOLEAN);
		addEEnumLiteral(fieldTypeEEnum, FieldType.CHOICE);
		addEEnumLiteral(fieldTypeEEnum, FieldType.SIGNATURE);

		initEEnum(parameterTypeEEnum, ParameterType.class, "ParameterType");
		addEEnumLiteral(parameterTypeEEnum, ParameterType.STRING);
		addEEnumLiteral(parameterTypeEEnum, ParameterType.SLOT);
		addEEnumLiteral(parameterTypeEEnum, ParameterType.DURATION);
		addEEnumLiteral(parameterTypeEEnum, ParameterType.NUMBER);
		addEEnumLiteral(parameterTypeEEnum, ParameterType.BOOLEAN);

		initEEnum(retentionKindEEnum, RetentionKind.class, "RetentionKind");
		addEEnumLiteral(retentionKindEEnum, RetentionKind.GRANDFATHER_FATHER_SON);
		addEEnumLiteral(retentionKindEEnum, RetentionKind.CURRENT_MONTH_ALL_PAST_MONTHS_ONE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations()
	{
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[]
		   {
			   "documentation", "A backup or restore SOP (Standar Operasional Prosedur) as signed by an agency: the header of the official sheet, its roles (swimlanes), its procedures with their steps, and the slots an operator binds to real databases, folders and targets."
		   });
		addAnnotation
		  (getSopDocument_Id(),
		   source,
		   new String[]
		   {
			   "documentation", "The SOP\'s short id, e.g. buleleng."
		   });
		addAnnotation
		  (getSopDocument_Revision(),
		   source,
		   new String[]
		   {
			   "documentation", "The revision number as printed on the sheet (e.g. 02); empty when the sheet prints none."
		   });
		addAnnotation
		  (getSopDocument_Purpose(),
		   source,
		   new String[]
		   {
			   "documentation", "Tujuan: the purpose of the SOP, where the sheet states one."
		   });
		addAnnotation
		  (getSopDocument_Scope(),
		   source,
		   new String[]
		   {
			   "documentation", "Ruang lingkup: the scope of the SOP, where the sheet states one."
		   });
		addAnnotation
		  (getSopDocument_Definitions(),
		   source,
		   new String[]
		   {
			   "documentation", "Definisi: the terms the sheet defines, in its order."
		   });
		addAnnotation
		  (getSopDocument_Forms(),
		   source,
		   new String[]
		   {
			   "documentation", "The forms, checklists and letters that steps fill in."
		   });
		addAnnotation
		  (getSopDocument_Schedules(),
		   source,
		   new String[]
		   {
			   "documentation", "When procedures run on their own."
		   });
		addAnnotation
		  (getSopDocument_RetentionRules(),
		   source,
		   new String[]
		   {
			   "documentation", "How long backups are kept."
		   });
		addAnnotation
		  (getSopDocument_NamingRule(),
		   source,
		   new String[]
		   {
			   "documentation", "How backup files are named."
		   });
		addAnnotation
		  (getProcedure_Id(),
		   source,
		   new String[]
		   {
			   "documentation", "The procedure\'s id, unique in the document (steps, roles, forms and procedures share one id space), so schedules reference it by name."
		   });
		addAnnotation
		  (getStep_Id(),
		   source,
		   new String[]
		   {
			   "documentation", "The step\'s id, unique in the document, so next, yes and no name their target step by it (next=\"laporan\")."
		   });
		addAnnotation
		  (getStep_Number(),
		   source,
		   new String[]
		   {
			   "documentation", "The official step number as printed on the signed sheet (numbers may skip)."
		   });
		addAnnotation
		  (getStep_Form(),
		   source,
		   new String[]
		   {
			   "documentation", "The form, checklist or letter filled in at this step; one of the document\'s forms."
		   });
		addAnnotation
		  (getTimeStandard_Duration(),
		   source,
		   new String[]
		   {
			   "documentation", "ISO-8601 duration such as PT30M, PT1H or P1D; empty when the standard is only a frequency."
		   });
		addAnnotation
		  (getParameter_Type(),
		   source,
		   new String[]
		   {
			   "documentation", "What the value is. A SLOT value names one of the SOP\'s slots. When unset, the keys source and target are read as SLOT (documents of 1.0 before types) and every other key as STRING."
		   });
		addAnnotation
		  (definitionEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A term the sheet defines (Definisi)."
		   });
		addAnnotation
		  (formEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A form, checklist or letter of the SOP (e.g. Formulir Pelaksanaan Back Up), with its fields in printed order."
		   });
		addAnnotation
		  (getFormField_Choices(),
		   source,
		   new String[]
		   {
			   "documentation", "The allowed answers of a CHOICE field."
		   });
		addAnnotation
		  (scheduleEClass,
		   source,
		   new String[]
		   {
			   "documentation", "When a procedure runs on its own."
		   });
		addAnnotation
		  (getSchedule_Cron(),
		   source,
		   new String[]
		   {
			   "documentation", "A 5-field cron expression: minute hour day-of-month month day-of-week, e.g. 0 1 * * * (every day at 01:00)."
		   });
		addAnnotation
		  (getSchedule_Description(),
		   source,
		   new String[]
		   {
			   "documentation", "The rule as printed on the sheet."
		   });
		addAnnotation
		  (getSchedule_Procedure(),
		   source,
		   new String[]
		   {
			   "documentation", "The procedure run on this schedule."
		   });
		addAnnotation
		  (getSchedule_Slots(),
		   source,
		   new String[]
		   {
			   "documentation", "The slots backed up on this schedule; empty means all."
		   });
		addAnnotation
		  (getSchedule_TimeZone(),
		   source,
		   new String[]
		   {
			   "documentation", "A time zone id such as Asia/Makassar; empty means the document\'s."
		   });
		addAnnotation
		  (retentionRuleEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Which backups are kept. GRANDFATHER_FATHER_SON keeps the newest keepLast plus one per day, week, month and year for the counts given; CURRENT_MONTH_ALL_PAST_MONTHS_ONE keeps every backup of the current month and one (the newest) of each past month, the last monthly months of them when monthly is not 0."
		   });
		addAnnotation
		  (getRetentionRule_Description(),
		   source,
		   new String[]
		   {
			   "documentation", "The rule as printed on the sheet."
		   });
		addAnnotation
		  (getRetentionRule_Slots(),
		   source,
		   new String[]
		   {
			   "documentation", "The slots this rule applies to; empty means all."
		   });
		addAnnotation
		  (getRetentionRule_KeepLast(),
		   source,
		   new String[]
		   {
			   "documentation", "Keep the newest N backups whatever their age; 0 = not used."
		   });
		addAnnotation
		  (getRetentionRule_Daily(),
		   source,
		   new String[]
		   {
			   "documentation", "Keep the newest backup of each of the last N days; 0 = not used."
		   });
		addAnnotation
		  (namingRuleEClass,
		   source,
		   new String[]
		   {
			   "documentation", "How a backup file is named."
		   });
		addAnnotation
		  (getNamingRule_Pattern(),
		   source,
		   new String[]
		   {
			   "documentation", "The file name pattern with placeholders {sop} {binding} {slot} {date:yyyyMMdd-HHmmss} {ext}."
		   });
		addAnnotation
		  (getNamingRule_Description(),
		   source,
		   new String[]
		   {
			   "documentation", "The rule as printed on the sheet."
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations()
	{
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (sopDocumentEClass,
		   source,
		   new String[]
		   {
			   "constraints", "uniqueIds validTimeZone"
		   });
		addAnnotation
		  (procedureEClass,
		   source,
		   new String[]
		   {
			   "constraints", "hasStart reachesEnd loopsPassDecision"
		   });
		addAnnotation
		  (stepEClass,
		   source,
		   new String[]
		   {
			   "constraints", "decisionHasBothBranches targetsInProcedure validDuration formDeclared actionTypeInstalled"
		   });
		addAnnotation
		  (parameterEClass,
		   source,
		   new String[]
		   {
			   "constraints", "validValue"
		   });
		addAnnotation
		  (scheduleEClass,
		   source,
		   new String[]
		   {
			   "constraints", "validCron slotsDeclared procedureDeclared validTimeZone"
		   });
		addAnnotation
		  (retentionRuleEClass,
		   source,
		   new String[]
		   {
			   "constraints", "countsNotNegative keepsSomething slotsDeclared"
		   });
		addAnnotation
		  (namingRuleEClass,
		   source,
		   new String[]
		   {
			   "constraints", "knownPlaceholders"
		   });
	}

} //SopPackageImpl
