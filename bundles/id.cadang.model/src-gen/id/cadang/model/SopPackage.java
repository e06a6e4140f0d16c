/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A backup or restore SOP (Standar Operasional Prosedur) as signed by an agency: the header of the official sheet, its roles (swimlanes), its procedures with their steps, and the slots an operator binds to real databases, folders and targets.
 * <!-- end-model-doc -->
 * @see id.cadang.model.SopFactory
 * @model kind="package"
 * @generated
 */
public interface SopPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://cadang.id/model/sop/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sop";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SopPackage eINSTANCE = id.cadang.model.impl.SopPackageImpl.init();

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.SopDocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.SopDocumentImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getSopDocument()
	 * @generated
	 */
	int SOP_DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__AGENCY = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__UNIT = 4;

	/**
	 * The feature id for the '<em><b>Date Made</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__DATE_MADE = 5;

	/**
	 * The feature id for the '<em><b>Date Revised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__DATE_REVISED = 6;

	/**
	 * The feature id for the '<em><b>Date Effective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__DATE_EFFECTIVE = 7;

	/**
	 * The feature id for the '<em><b>Approver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__APPROVER = 8;

	/**
	 * The feature id for the '<em><b>Legal Bases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__LEGAL_BASES = 9;

	/**
	 * The feature id for the '<em><b>Qualifications</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__QUALIFICATIONS = 10;

	/**
	 * The feature id for the '<em><b>Related Sops</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__RELATED_SOPS = 11;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__EQUIPMENT = 12;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__WARNINGS = 13;

	/**
	 * The feature id for the '<em><b>Record Keeping</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__RECORD_KEEPING = 14;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__TIME_ZONE = 15;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__ROLES = 16;

	/**
	 * The feature id for the '<em><b>Procedures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__PROCEDURES = 17;

	/**
	 * The feature id for the '<em><b>Slots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__SLOTS = 18;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT_FEATURE_COUNT = 19;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.ApproverImpl <em>Approver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.ApproverImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getApprover()
	 * @generated
	 */
	int APPROVER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Nip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVER__NIP = 1;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVER__POSITION = 2;

	/**
	 * The number of structural features of the '<em>Approver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Approver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.RoleImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = 1;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.ProcedureImpl <em>Procedure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.ProcedureImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getProcedure()
	 * @generated
	 */
	int PROCEDURE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE__STEPS = 2;

	/**
	 * The number of structural features of the '<em>Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCEDURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.StepImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ID = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ACTIVITY = 2;

	/**
	 * The feature id for the '<em><b>Performers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__PERFORMERS = 3;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__REQUIREMENTS = 4;

	/**
	 * The feature id for the '<em><b>Time Standard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TIME_STANDARD = 5;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__OUTPUT = 6;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__REMARK = 7;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__SHAPE = 8;

	/**
	 * The feature id for the '<em><b>Next</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NEXT = 9;

	/**
	 * The feature id for the '<em><b>Yes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__YES = 10;

	/**
	 * The feature id for the '<em><b>No</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NO = 11;

	/**
	 * The feature id for the '<em><b>Action</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ACTION = 12;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.TimeStandardImpl <em>Time Standard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.TimeStandardImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getTimeStandard()
	 * @generated
	 */
	int TIME_STANDARD = 5;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_STANDARD__DURATION = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_STANDARD__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_STANDARD__FREQUENCY = 2;

	/**
	 * The number of structural features of the '<em>Time Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_STANDARD_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Time Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_STANDARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.ActionBindingImpl <em>Action Binding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.ActionBindingImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getActionBinding()
	 * @generated
	 */
	int ACTION_BINDING = 6;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_BINDING__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_BINDING__PARAMETERS = 1;

	/**
	 * The number of structural features of the '<em>Action Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_BINDING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Action Binding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_BINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.ParameterImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.SlotImpl <em>Slot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.SlotImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getSlot()
	 * @generated
	 */
	int SLOT = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT__REQUIRED = 3;

	/**
	 * The number of structural features of the '<em>Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.StepShape <em>Step Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.StepShape
	 * @see id.cadang.model.impl.SopPackageImpl#getStepShape()
	 * @generated
	 */
	int STEP_SHAPE = 9;

	/**
	 * The meta object id for the '{@link id.cadang.model.SlotKind <em>Slot Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.SlotKind
	 * @see id.cadang.model.impl.SopPackageImpl#getSlotKind()
	 * @generated
	 */
	int SLOT_KIND = 10;


	/**
	 * Returns the meta object for class '{@link id.cadang.model.SopDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see id.cadang.model.SopDocument
	 * @generated
	 */
	EClass getSopDocument();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see id.cadang.model.SopDocument#getId()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see id.cadang.model.SopDocument#getNumber()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Number();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see id.cadang.model.SopDocument#getTitle()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agency</em>'.
	 * @see id.cadang.model.SopDocument#getAgency()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Agency();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see id.cadang.model.SopDocument#getUnit()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Unit();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getDateMade <em>Date Made</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Made</em>'.
	 * @see id.cadang.model.SopDocument#getDateMade()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_DateMade();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getDateRevised <em>Date Revised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Revised</em>'.
	 * @see id.cadang.model.SopDocument#getDateRevised()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_DateRevised();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getDateEffective <em>Date Effective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Effective</em>'.
	 * @see id.cadang.model.SopDocument#getDateEffective()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_DateEffective();

	/**
	 * Returns the meta object for the containment reference '{@link id.cadang.model.SopDocument#getApprover <em>Approver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Approver</em>'.
	 * @see id.cadang.model.SopDocument#getApprover()
	 * @see #getSopDocument()
	 * @generated
	 */
	EReference getSopDocument_Approver();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.SopDocument#getLegalBases <em>Legal Bases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Legal Bases</em>'.
	 * @see id.cadang.model.SopDocument#getLegalBases()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_LegalBases();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.SopDocument#getQualifications <em>Qualifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Qualifications</em>'.
	 * @see id.cadang.model.SopDocument#getQualifications()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Qualifications();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.SopDocument#getRelatedSops <em>Related Sops</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Related Sops</em>'.
	 * @see id.cadang.model.SopDocument#getRelatedSops()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_RelatedSops();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.SopDocument#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Equipment</em>'.
	 * @see id.cadang.model.SopDocument#getEquipment()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Equipment();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.SopDocument#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Warnings</em>'.
	 * @see id.cadang.model.SopDocument#getWarnings()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Warnings();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.SopDocument#getRecordKeeping <em>Record Keeping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Record Keeping</em>'.
	 * @see id.cadang.model.SopDocument#getRecordKeeping()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_RecordKeeping();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see id.cadang.model.SopDocument#getTimeZone()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_TimeZone();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.SopDocument#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see id.cadang.model.SopDocument#getRoles()
	 * @see #getSopDocument()
	 * @generated
	 */
	EReference getSopDocument_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.SopDocument#getProcedures <em>Procedures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Procedures</em>'.
	 * @see id.cadang.model.SopDocument#getProcedures()
	 * @see #getSopDocument()
	 * @generated
	 */
	EReference getSopDocument_Procedures();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.SopDocument#getSlots <em>Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Slots</em>'.
	 * @see id.cadang.model.SopDocument#getSlots()
	 * @see #getSopDocument()
	 * @generated
	 */
	EReference getSopDocument_Slots();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.Approver <em>Approver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approver</em>'.
	 * @see id.cadang.model.Approver
	 * @generated
	 */
	EClass getApprover();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Approver#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see id.cadang.model.Approver#getName()
	 * @see #getApprover()
	 * @generated
	 */
	EAttribute getApprover_Name();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Approver#getNip <em>Nip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nip</em>'.
	 * @see id.cadang.model.Approver#getNip()
	 * @see #getApprover()
	 * @generated
	 */
	EAttribute getApprover_Nip();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Approver#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see id.cadang.model.Approver#getPosition()
	 * @see #getApprover()
	 * @generated
	 */
	EAttribute getApprover_Position();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see id.cadang.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Role#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see id.cadang.model.Role#getId()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Id();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Role#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see id.cadang.model.Role#getName()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Name();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.Procedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Procedure</em>'.
	 * @see id.cadang.model.Procedure
	 * @generated
	 */
	EClass getProcedure();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Procedure#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see id.cadang.model.Procedure#getId()
	 * @see #getProcedure()
	 * @generated
	 */
	EAttribute getProcedure_Id();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Procedure#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see id.cadang.model.Procedure#getTitle()
	 * @see #getProcedure()
	 * @generated
	 */
	EAttribute getProcedure_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.Procedure#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see id.cadang.model.Procedure#getSteps()
	 * @see #getProcedure()
	 * @generated
	 */
	EReference getProcedure_Steps();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see id.cadang.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Step#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see id.cadang.model.Step#getId()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Id();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Step#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see id.cadang.model.Step#getNumber()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Number();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Step#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity</em>'.
	 * @see id.cadang.model.Step#getActivity()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Activity();

	/**
	 * Returns the meta object for the reference list '{@link id.cadang.model.Step#getPerformers <em>Performers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Performers</em>'.
	 * @see id.cadang.model.Step#getPerformers()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Performers();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.Step#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Requirements</em>'.
	 * @see id.cadang.model.Step#getRequirements()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Requirements();

	/**
	 * Returns the meta object for the containment reference '{@link id.cadang.model.Step#getTimeStandard <em>Time Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Time Standard</em>'.
	 * @see id.cadang.model.Step#getTimeStandard()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_TimeStandard();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Step#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output</em>'.
	 * @see id.cadang.model.Step#getOutput()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Output();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Step#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see id.cadang.model.Step#getRemark()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Remark();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Step#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see id.cadang.model.Step#getShape()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Shape();

	/**
	 * Returns the meta object for the reference '{@link id.cadang.model.Step#getNext <em>Next</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Next</em>'.
	 * @see id.cadang.model.Step#getNext()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Next();

	/**
	 * Returns the meta object for the reference '{@link id.cadang.model.Step#getYes <em>Yes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Yes</em>'.
	 * @see id.cadang.model.Step#getYes()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Yes();

	/**
	 * Returns the meta object for the reference '{@link id.cadang.model.Step#getNo <em>No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>No</em>'.
	 * @see id.cadang.model.Step#getNo()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_No();

	/**
	 * Returns the meta object for the containment reference '{@link id.cadang.model.Step#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Action</em>'.
	 * @see id.cadang.model.Step#getAction()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Action();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.TimeStandard <em>Time Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Standard</em>'.
	 * @see id.cadang.model.TimeStandard
	 * @generated
	 */
	EClass getTimeStandard();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.TimeStandard#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see id.cadang.model.TimeStandard#getDuration()
	 * @see #getTimeStandard()
	 * @generated
	 */
	EAttribute getTimeStandard_Duration();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.TimeStandard#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see id.cadang.model.TimeStandard#getText()
	 * @see #getTimeStandard()
	 * @generated
	 */
	EAttribute getTimeStandard_Text();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.TimeStandard#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see id.cadang.model.TimeStandard#getFrequency()
	 * @see #getTimeStandard()
	 * @generated
	 */
	EAttribute getTimeStandard_Frequency();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.ActionBinding <em>Action Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Binding</em>'.
	 * @see id.cadang.model.ActionBinding
	 * @generated
	 */
	EClass getActionBinding();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.ActionBinding#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see id.cadang.model.ActionBinding#getType()
	 * @see #getActionBinding()
	 * @generated
	 */
	EAttribute getActionBinding_Type();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.ActionBinding#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see id.cadang.model.ActionBinding#getParameters()
	 * @see #getActionBinding()
	 * @generated
	 */
	EReference getActionBinding_Parameters();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see id.cadang.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Parameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see id.cadang.model.Parameter#getKey()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see id.cadang.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.Slot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Slot</em>'.
	 * @see id.cadang.model.Slot
	 * @generated
	 */
	EClass getSlot();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Slot#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see id.cadang.model.Slot#getName()
	 * @see #getSlot()
	 * @generated
	 */
	EAttribute getSlot_Name();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Slot#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see id.cadang.model.Slot#getKind()
	 * @see #getSlot()
	 * @generated
	 */
	EAttribute getSlot_Kind();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Slot#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see id.cadang.model.Slot#getLabel()
	 * @see #getSlot()
	 * @generated
	 */
	EAttribute getSlot_Label();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Slot#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see id.cadang.model.Slot#isRequired()
	 * @see #getSlot()
	 * @generated
	 */
	EAttribute getSlot_Required();

	/**
	 * Returns the meta object for enum '{@link id.cadang.model.StepShape <em>Step Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Shape</em>'.
	 * @see id.cadang.model.StepShape
	 * @generated
	 */
	EEnum getStepShape();

	/**
	 * Returns the meta object for enum '{@link id.cadang.model.SlotKind <em>Slot Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Slot Kind</em>'.
	 * @see id.cadang.model.SlotKind
	 * @generated
	 */
	EEnum getSlotKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SopFactory getSopFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.SopDocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.SopDocumentImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getSopDocument()
		 * @generated
		 */
		EClass SOP_DOCUMENT = eINSTANCE.getSopDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__ID = eINSTANCE.getSopDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__NUMBER = eINSTANCE.getSopDocument_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__TITLE = eINSTANCE.getSopDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__AGENCY = eINSTANCE.getSopDocument_Agency();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__UNIT = eINSTANCE.getSopDocument_Unit();

		/**
		 * The meta object literal for the '<em><b>Date Made</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__DATE_MADE = eINSTANCE.getSopDocument_DateMade();

		/**
		 * The meta object literal for the '<em><b>Date Revised</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__DATE_REVISED = eINSTANCE.getSopDocument_DateRevised();

		/**
		 * The meta object literal for the '<em><b>Date Effective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__DATE_EFFECTIVE = eINSTANCE.getSopDocument_DateEffective();

		/**
		 * The meta object literal for the '<em><b>Approver</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOP_DOCUMENT__APPROVER = eINSTANCE.getSopDocument_Approver();

		/**
		 * The meta object literal for the '<em><b>Legal Bases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__LEGAL_BASES = eINSTANCE.getSopDocument_LegalBases();

		/**
		 * The meta object literal for the '<em><b>Qualifications</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__QUALIFICATIONS = eINSTANCE.getSopDocument_Qualifications();

		/**
		 * The meta object literal for the '<em><b>Related Sops</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__RELATED_SOPS = eINSTANCE.getSopDocument_RelatedSops();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__EQUIPMENT = eINSTANCE.getSopDocument_Equipment();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__WARNINGS = eINSTANCE.getSopDocument_Warnings();

		/**
		 * The meta object literal for the '<em><b>Record Keeping</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__RECORD_KEEPING = eINSTANCE.getSopDocument_RecordKeeping();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__TIME_ZONE = eINSTANCE.getSopDocument_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOP_DOCUMENT__ROLES = eINSTANCE.getSopDocument_Roles();

		/**
		 * The meta object literal for the '<em><b>Procedures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOP_DOCUMENT__PROCEDURES = eINSTANCE.getSopDocument_Procedures();

		/**
		 * The meta object literal for the '<em><b>Slots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOP_DOCUMENT__SLOTS = eINSTANCE.getSopDocument_Slots();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.ApproverImpl <em>Approver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.ApproverImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getApprover()
		 * @generated
		 */
		EClass APPROVER = eINSTANCE.getApprover();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVER__NAME = eINSTANCE.getApprover_Name();

		/**
		 * The meta object literal for the '<em><b>Nip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVER__NIP = eINSTANCE.getApprover_Nip();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVER__POSITION = eINSTANCE.getApprover_Position();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.RoleImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__ID = eINSTANCE.getRole_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NAME = eINSTANCE.getRole_Name();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.ProcedureImpl <em>Procedure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.ProcedureImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getProcedure()
		 * @generated
		 */
		EClass PROCEDURE = eINSTANCE.getProcedure();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCEDURE__ID = eINSTANCE.getProcedure_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCEDURE__TITLE = eINSTANCE.getProcedure_Title();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCEDURE__STEPS = eINSTANCE.getProcedure_Steps();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.StepImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ID = eINSTANCE.getStep_Id();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NUMBER = eINSTANCE.getStep_Number();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ACTIVITY = eINSTANCE.getStep_Activity();

		/**
		 * The meta object literal for the '<em><b>Performers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__PERFORMERS = eINSTANCE.getStep_Performers();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__REQUIREMENTS = eINSTANCE.getStep_Requirements();

		/**
		 * The meta object literal for the '<em><b>Time Standard</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__TIME_STANDARD = eINSTANCE.getStep_TimeStandard();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__OUTPUT = eINSTANCE.getStep_Output();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__REMARK = eINSTANCE.getStep_Remark();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__SHAPE = eINSTANCE.getStep_Shape();

		/**
		 * The meta object literal for the '<em><b>Next</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__NEXT = eINSTANCE.getStep_Next();

		/**
		 * The meta object literal for the '<em><b>Yes</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__YES = eINSTANCE.getStep_Yes();

		/**
		 * The meta object literal for the '<em><b>No</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__NO = eINSTANCE.getStep_No();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__ACTION = eINSTANCE.getStep_Action();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.TimeStandardImpl <em>Time Standard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.TimeStandardImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getTimeStandard()
		 * @generated
		 */
		EClass TIME_STANDARD = eINSTANCE.getTimeStandard();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_STANDARD__DURATION = eINSTANCE.getTimeStandard_Duration();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_STANDARD__TEXT = eINSTANCE.getTimeStandard_Text();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_STANDARD__FREQUENCY = eINSTANCE.getTimeStandard_Frequency();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.ActionBindingImpl <em>Action Binding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.ActionBindingImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getActionBinding()
		 * @generated
		 */
		EClass ACTION_BINDING = eINSTANCE.getActionBinding();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_BINDING__TYPE = eINSTANCE.getActionBinding_Type();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_BINDING__PARAMETERS = eINSTANCE.getActionBinding_Parameters();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.ParameterImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.SlotImpl <em>Slot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.SlotImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getSlot()
		 * @generated
		 */
		EClass SLOT = eINSTANCE.getSlot();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLOT__NAME = eINSTANCE.getSlot_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLOT__KIND = eINSTANCE.getSlot_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLOT__LABEL = eINSTANCE.getSlot_Label();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLOT__REQUIRED = eINSTANCE.getSlot_Required();

		/**
		 * The meta object literal for the '{@link id.cadang.model.StepShape <em>Step Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.StepShape
		 * @see id.cadang.model.impl.SopPackageImpl#getStepShape()
		 * @generated
		 */
		EEnum STEP_SHAPE = eINSTANCE.getStepShape();

		/**
		 * The meta object literal for the '{@link id.cadang.model.SlotKind <em>Slot Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.SlotKind
		 * @see id.cadang.model.impl.SopPackageImpl#getSlotKind()
		 * @generated
		 */
		EEnum SLOT_KIND = eINSTANCE.getSlotKind();

	}

} //SopPackage
