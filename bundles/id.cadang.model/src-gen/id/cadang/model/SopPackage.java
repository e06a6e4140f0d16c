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
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__REVISION = 19;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__PURPOSE = 20;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__SCOPE = 21;

	/**
	 * The feature id for the '<em><b>Definitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__DEFINITIONS = 22;

	/**
	 * The feature id for the '<em><b>Forms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__FORMS = 23;

	/**
	 * The feature id for the '<em><b>Schedules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__SCHEDULES = 24;

	/**
	 * The feature id for the '<em><b>Retention Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__RETENTION_RULES = 25;

	/**
	 * The feature id for the '<em><b>Naming Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT__NAMING_RULE = 26;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOP_DOCUMENT_FEATURE_COUNT = 27;

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
	 * The feature id for the '<em><b>Form</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__FORM = 13;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 14;

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
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__TYPE = 2;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 3;

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
	 * The meta object id for the '{@link id.cadang.model.impl.DefinitionImpl <em>Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.DefinitionImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getDefinition()
	 * @generated
	 */
	int DEFINITION = 9;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEFINITION__TERM = 0;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEFINITION__MEANING = 1;

	/**
	 * The number of structural features of the '<em>Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEFINITION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.FormImpl <em>Form</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.FormImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getForm()
	 * @generated
	 */
	int FORM = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__KIND = 2;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__FIELDS = 3;

	/**
	 * The number of structural features of the '<em>Form</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Form</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.FormFieldImpl <em>Form Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.FormFieldImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getFormField()
	 * @generated
	 */
	int FORM_FIELD = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_FIELD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_FIELD__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_FIELD__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_FIELD__REQUIRED = 3;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_FIELD__CHOICES = 4;

	/**
	 * The number of structural features of the '<em>Form Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_FIELD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Form Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_FIELD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.ScheduleImpl <em>Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.ScheduleImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__ID = 0;

	/**
	 * The feature id for the '<em><b>Cron</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__CRON = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Procedure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__PROCEDURE = 3;

	/**
	 * The feature id for the '<em><b>Slots</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__SLOTS = 4;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__TIME_ZONE = 5;

	/**
	 * The number of structural features of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.RetentionRuleImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getRetentionRule()
	 * @generated
	 */
	int RETENTION_RULE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__ID = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Slots</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__SLOTS = 2;

	/**
	 * The feature id for the '<em><b>Keep Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__KEEP_LAST = 3;

	/**
	 * The feature id for the '<em><b>Daily</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__DAILY = 4;

	/**
	 * The feature id for the '<em><b>Weekly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__WEEKLY = 5;

	/**
	 * The feature id for the '<em><b>Monthly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__MONTHLY = 6;

	/**
	 * The feature id for the '<em><b>Yearly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__YEARLY = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE__KIND = 8;

	/**
	 * The number of structural features of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Retention Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RETENTION_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.impl.NamingRuleImpl <em>Naming Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.impl.NamingRuleImpl
	 * @see id.cadang.model.impl.SopPackageImpl#getNamingRule()
	 * @generated
	 */
	int NAMING_RULE = 14;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULE__PATTERN = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULE__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Naming Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Naming Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link id.cadang.model.StepShape <em>Step Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.StepShape
	 * @see id.cadang.model.impl.SopPackageImpl#getStepShape()
	 * @generated
	 */
	int STEP_SHAPE = 15;

	/**
	 * The meta object id for the '{@link id.cadang.model.SlotKind <em>Slot Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.SlotKind
	 * @see id.cadang.model.impl.SopPackageImpl#getSlotKind()
	 * @generated
	 */
	int SLOT_KIND = 16;

	/**
	 * The meta object id for the '{@link id.cadang.model.FormKind <em>Form Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.FormKind
	 * @see id.cadang.model.impl.SopPackageImpl#getFormKind()
	 * @generated
	 */
	int FORM_KIND = 17;

	/**
	 * The meta object id for the '{@link id.cadang.model.FieldType <em>Field Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.FieldType
	 * @see id.cadang.model.impl.SopPackageImpl#getFieldType()
	 * @generated
	 */
	int FIELD_TYPE = 18;

	/**
	 * The meta object id for the '{@link id.cadang.model.ParameterType <em>Parameter Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.ParameterType
	 * @see id.cadang.model.impl.SopPackageImpl#getParameterType()
	 * @generated
	 */
	int PARAMETER_TYPE = 19;

	/**
	 * The meta object id for the '{@link id.cadang.model.RetentionKind <em>Retention Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see id.cadang.model.RetentionKind
	 * @see id.cadang.model.impl.SopPackageImpl#getRetentionKind()
	 * @generated
	 */
	int RETENTION_KIND = 20;


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
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see id.cadang.model.SopDocument#getRevision()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Revision();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see id.cadang.model.SopDocument#getPurpose()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.SopDocument#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see id.cadang.model.SopDocument#getScope()
	 * @see #getSopDocument()
	 * @generated
	 */
	EAttribute getSopDocument_Scope();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.SopDocument#getDefinitions <em>Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Definitions</em>'.
	 * @see id.cadang.model.SopDocument#getDefinitions()
	 * @see #getSopDocument()
	 * @generated
	 */
	EReference getSopDocument_Definitions();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.SopDocument#getForms <em>Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Forms</em>'.
	 * @see id.cadang.model.SopDocument#getForms()
	 * @see #getSopDocument()
	 * @generated
	 */
	EReference getSopDocument_Forms();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.SopDocument#getSchedules <em>Schedules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schedules</em>'.
	 * @see id.cadang.model.SopDocument#getSchedules()
	 * @see #getSopDocument()
	 * @generated
	 */
	EReference getSopDocument_Schedules();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.SopDocument#getRetentionRules <em>Retention Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Retention Rules</em>'.
	 * @see id.cadang.model.SopDocument#getRetentionRules()
	 * @see #getSopDocument()
	 * @generated
	 */
	EReference getSopDocument_RetentionRules();

	/**
	 * Returns the meta object for the containment reference '{@link id.cadang.model.SopDocument#getNamingRule <em>Naming Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Naming Rule</em>'.
	 * @see id.cadang.model.SopDocument#getNamingRule()
	 * @see #getSopDocument()
	 * @generated
	 */
	EReference getSopDocument_NamingRule();

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
	 * Returns the meta object for the reference '{@link id.cadang.model.Step#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Form</em>'.
	 * @see id.cadang.model.Step#getForm()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Form();

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
	 * Returns the meta object for the attribute '{@link id.cadang.model.Parameter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see id.cadang.model.Parameter#getType()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Type();

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
	 * Returns the meta object for class '{@link id.cadang.model.Definition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Definition</em>'.
	 * @see id.cadang.model.Definition
	 * @generated
	 */
	EClass getDefinition();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Definition#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see id.cadang.model.Definition#getTerm()
	 * @see #getDefinition()
	 * @generated
	 */
	EAttribute getDefinition_Term();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Definition#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see id.cadang.model.Definition#getMeaning()
	 * @see #getDefinition()
	 * @generated
	 */
	EAttribute getDefinition_Meaning();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.Form <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form</em>'.
	 * @see id.cadang.model.Form
	 * @generated
	 */
	EClass getForm();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Form#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see id.cadang.model.Form#getId()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_Id();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Form#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see id.cadang.model.Form#getTitle()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_Title();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Form#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see id.cadang.model.Form#getKind()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link id.cadang.model.Form#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see id.cadang.model.Form#getFields()
	 * @see #getForm()
	 * @generated
	 */
	EReference getForm_Fields();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.FormField <em>Form Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Field</em>'.
	 * @see id.cadang.model.FormField
	 * @generated
	 */
	EClass getFormField();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.FormField#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see id.cadang.model.FormField#getName()
	 * @see #getFormField()
	 * @generated
	 */
	EAttribute getFormField_Name();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.FormField#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see id.cadang.model.FormField#getLabel()
	 * @see #getFormField()
	 * @generated
	 */
	EAttribute getFormField_Label();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.FormField#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see id.cadang.model.FormField#getType()
	 * @see #getFormField()
	 * @generated
	 */
	EAttribute getFormField_Type();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.FormField#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see id.cadang.model.FormField#isRequired()
	 * @see #getFormField()
	 * @generated
	 */
	EAttribute getFormField_Required();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.FormField#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see id.cadang.model.FormField#getChoices()
	 * @see #getFormField()
	 * @generated
	 */
	EAttribute getFormField_Choices();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule</em>'.
	 * @see id.cadang.model.Schedule
	 * @generated
	 */
	EClass getSchedule();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Schedule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see id.cadang.model.Schedule#getId()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Id();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Schedule#getCron <em>Cron</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cron</em>'.
	 * @see id.cadang.model.Schedule#getCron()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Cron();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Schedule#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see id.cadang.model.Schedule#getDescription()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Description();

	/**
	 * Returns the meta object for the reference '{@link id.cadang.model.Schedule#getProcedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Procedure</em>'.
	 * @see id.cadang.model.Schedule#getProcedure()
	 * @see #getSchedule()
	 * @generated
	 */
	EReference getSchedule_Procedure();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.Schedule#getSlots <em>Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Slots</em>'.
	 * @see id.cadang.model.Schedule#getSlots()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Slots();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.Schedule#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see id.cadang.model.Schedule#getTimeZone()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_TimeZone();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.RetentionRule <em>Retention Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Retention Rule</em>'.
	 * @see id.cadang.model.RetentionRule
	 * @generated
	 */
	EClass getRetentionRule();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.RetentionRule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see id.cadang.model.RetentionRule#getId()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Id();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.RetentionRule#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see id.cadang.model.RetentionRule#getDescription()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Description();

	/**
	 * Returns the meta object for the attribute list '{@link id.cadang.model.RetentionRule#getSlots <em>Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Slots</em>'.
	 * @see id.cadang.model.RetentionRule#getSlots()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Slots();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.RetentionRule#getKeepLast <em>Keep Last</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keep Last</em>'.
	 * @see id.cadang.model.RetentionRule#getKeepLast()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_KeepLast();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.RetentionRule#getDaily <em>Daily</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Daily</em>'.
	 * @see id.cadang.model.RetentionRule#getDaily()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Daily();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.RetentionRule#getWeekly <em>Weekly</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weekly</em>'.
	 * @see id.cadang.model.RetentionRule#getWeekly()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Weekly();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.RetentionRule#getMonthly <em>Monthly</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monthly</em>'.
	 * @see id.cadang.model.RetentionRule#getMonthly()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Monthly();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.RetentionRule#getYearly <em>Yearly</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Yearly</em>'.
	 * @see id.cadang.model.RetentionRule#getYearly()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Yearly();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.RetentionRule#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see id.cadang.model.RetentionRule#getKind()
	 * @see #getRetentionRule()
	 * @generated
	 */
	EAttribute getRetentionRule_Kind();

	/**
	 * Returns the meta object for class '{@link id.cadang.model.NamingRule <em>Naming Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Naming Rule</em>'.
	 * @see id.cadang.model.NamingRule
	 * @generated
	 */
	EClass getNamingRule();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.NamingRule#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see id.cadang.model.NamingRule#getPattern()
	 * @see #getNamingRule()
	 * @generated
	 */
	EAttribute getNamingRule_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link id.cadang.model.NamingRule#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see id.cadang.model.NamingRule#getDescription()
	 * @see #getNamingRule()
	 * @generated
	 */
	EAttribute getNamingRule_Description();

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
	 * Returns the meta object for enum '{@link id.cadang.model.FormKind <em>Form Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Form Kind</em>'.
	 * @see id.cadang.model.FormKind
	 * @generated
	 */
	EEnum getFormKind();

	/**
	 * Returns the meta object for enum '{@link id.cadang.model.FieldType <em>Field Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Field Type</em>'.
	 * @see id.cadang.model.FieldType
	 * @generated
	 */
	EEnum getFieldType();

	/**
	 * Returns the meta object for enum '{@link id.cadang.model.ParameterType <em>Parameter Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Type</em>'.
	 * @see id.cadang.model.ParameterType
	 * @generated
	 */
	EEnum getParameterType();

	/**
	 * Returns the meta object for enum '{@link id.cadang.model.RetentionKind <em>Retention Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Retention Kind</em>'.
	 * @see id.cadang.model.RetentionKind
	 * @generated
	 */
	EEnum getRetentionKind();

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
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__REVISION = eINSTANCE.getSopDocument_Revision();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__PURPOSE = eINSTANCE.getSopDocument_Purpose();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOP_DOCUMENT__SCOPE = eINSTANCE.getSopDocument_Scope();

		/**
		 * The meta object literal for the '<em><b>Definitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOP_DOCUMENT__DEFINITIONS = eINSTANCE.getSopDocument_Definitions();

		/**
		 * The meta object literal for the '<em><b>Forms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOP_DOCUMENT__FORMS = eINSTANCE.getSopDocument_Forms();

		/**
		 * The meta object literal for the '<em><b>Schedules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOP_DOCUMENT__SCHEDULES = eINSTANCE.getSopDocument_Schedules();

		/**
		 * The meta object literal for the '<em><b>Retention Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOP_DOCUMENT__RETENTION_RULES = eINSTANCE.getSopDocument_RetentionRules();

		/**
		 * The meta object literal for the '<em><b>Naming Rule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOP_DOCUMENT__NAMING_RULE = eINSTANCE.getSopDocument_NamingRule();

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
		 * The meta object literal for the '<em><b>Form</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__FORM = eINSTANCE.getStep_Form();

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
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__TYPE = eINSTANCE.getParameter_Type();

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
		 * The meta object literal for the '{@link id.cadang.model.impl.DefinitionImpl <em>Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.DefinitionImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getDefinition()
		 * @generated
		 */
		EClass DEFINITION = eINSTANCE.getDefinition();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEFINITION__TERM = eINSTANCE.getDefinition_Term();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEFINITION__MEANING = eINSTANCE.getDefinition_Meaning();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.FormImpl <em>Form</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.FormImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getForm()
		 * @generated
		 */
		EClass FORM = eINSTANCE.getForm();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__ID = eINSTANCE.getForm_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__TITLE = eINSTANCE.getForm_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__KIND = eINSTANCE.getForm_Kind();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM__FIELDS = eINSTANCE.getForm_Fields();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.FormFieldImpl <em>Form Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.FormFieldImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getFormField()
		 * @generated
		 */
		EClass FORM_FIELD = eINSTANCE.getFormField();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_FIELD__NAME = eINSTANCE.getFormField_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_FIELD__LABEL = eINSTANCE.getFormField_Label();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_FIELD__TYPE = eINSTANCE.getFormField_Type();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_FIELD__REQUIRED = eINSTANCE.getFormField_Required();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_FIELD__CHOICES = eINSTANCE.getFormField_Choices();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.ScheduleImpl <em>Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.ScheduleImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getSchedule()
		 * @generated
		 */
		EClass SCHEDULE = eINSTANCE.getSchedule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__ID = eINSTANCE.getSchedule_Id();

		/**
		 * The meta object literal for the '<em><b>Cron</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__CRON = eINSTANCE.getSchedule_Cron();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__DESCRIPTION = eINSTANCE.getSchedule_Description();

		/**
		 * The meta object literal for the '<em><b>Procedure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULE__PROCEDURE = eINSTANCE.getSchedule_Procedure();

		/**
		 * The meta object literal for the '<em><b>Slots</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__SLOTS = eINSTANCE.getSchedule_Slots();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__TIME_ZONE = eINSTANCE.getSchedule_TimeZone();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.RetentionRuleImpl <em>Retention Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.RetentionRuleImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getRetentionRule()
		 * @generated
		 */
		EClass RETENTION_RULE = eINSTANCE.getRetentionRule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__ID = eINSTANCE.getRetentionRule_Id();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__DESCRIPTION = eINSTANCE.getRetentionRule_Description();

		/**
		 * The meta object literal for the '<em><b>Slots</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__SLOTS = eINSTANCE.getRetentionRule_Slots();

		/**
		 * The meta object literal for the '<em><b>Keep Last</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__KEEP_LAST = eINSTANCE.getRetentionRule_KeepLast();

		/**
		 * The meta object literal for the '<em><b>Daily</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__DAILY = eINSTANCE.getRetentionRule_Daily();

		/**
		 * The meta object literal for the '<em><b>Weekly</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__WEEKLY = eINSTANCE.getRetentionRule_Weekly();

		/**
		 * The meta object literal for the '<em><b>Monthly</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__MONTHLY = eINSTANCE.getRetentionRule_Monthly();

		/**
		 * The meta object literal for the '<em><b>Yearly</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__YEARLY = eINSTANCE.getRetentionRule_Yearly();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RETENTION_RULE__KIND = eINSTANCE.getRetentionRule_Kind();

		/**
		 * The meta object literal for the '{@link id.cadang.model.impl.NamingRuleImpl <em>Naming Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.impl.NamingRuleImpl
		 * @see id.cadang.model.impl.SopPackageImpl#getNamingRule()
		 * @generated
		 */
		EClass NAMING_RULE = eINSTANCE.getNamingRule();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULE__PATTERN = eINSTANCE.getNamingRule_Pattern();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULE__DESCRIPTION = eINSTANCE.getNamingRule_Description();

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

		/**
		 * The meta object literal for the '{@link id.cadang.model.FormKind <em>Form Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.FormKind
		 * @see id.cadang.model.impl.SopPackageImpl#getFormKind()
		 * @generated
		 */
		EEnum FORM_KIND = eINSTANCE.getFormKind();

		/**
		 * The meta object literal for the '{@link id.cadang.model.FieldType <em>Field Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.FieldType
		 * @see id.cadang.model.impl.SopPackageImpl#getFieldType()
		 * @generated
		 */
		EEnum FIELD_TYPE = eINSTANCE.getFieldType();

		/**
		 * The meta object literal for the '{@link id.cadang.model.ParameterType <em>Parameter Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.ParameterType
		 * @see id.cadang.model.impl.SopPackageImpl#getParameterType()
		 * @generated
		 */
		EEnum PARAMETER_TYPE = eINSTANCE.getParameterType();

		/**
		 * The meta object literal for the '{@link id.cadang.model.RetentionKind <em>Retention Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see id.cadang.model.RetentionKind
		 * @see id.cadang.model.impl.SopPackageImpl#getRetentionKind()
		 * @generated
		 */
		EEnum RETENTION_KIND = eINSTANCE.getRetentionKind();

	}

} //SopPackage
