/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link id.cadang.model.Step#getId <em>Id</em>}</li>
 *   <li>{@link id.cadang.model.Step#getNumber <em>Number</em>}</li>
 *   <li>{@link id.cadang.model.Step#getActivity <em>Activity</em>}</li>
 *   <li>{@link id.cadang.model.Step#getPerformers <em>Performers</em>}</li>
 *   <li>{@link id.cadang.model.Step#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link id.cadang.model.Step#getTimeStandard <em>Time Standard</em>}</li>
 *   <li>{@link id.cadang.model.Step#getOutput <em>Output</em>}</li>
 *   <li>{@link id.cadang.model.Step#getRemark <em>Remark</em>}</li>
 *   <li>{@link id.cadang.model.Step#getShape <em>Shape</em>}</li>
 *   <li>{@link id.cadang.model.Step#getNext <em>Next</em>}</li>
 *   <li>{@link id.cadang.model.Step#getYes <em>Yes</em>}</li>
 *   <li>{@link id.cadang.model.Step#getNo <em>No</em>}</li>
 *   <li>{@link id.cadang.model.Step#getAction <em>Action</em>}</li>
 *   <li>{@link id.cadang.model.Step#getForm <em>Form</em>}</li>
 * </ul>
 *
 * @see id.cadang.model.SopPackage#getStep()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='decisionHasBothBranches targetsInProcedure validDuration formDeclared actionTypeInstalled'"
 * @generated
 */
public interface Step extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step's id, unique in the document, so next, yes and no name their target step by it (next="laporan").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see id.cadang.model.SopPackage#getStep_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The official step number as printed on the signed sheet (numbers may skip).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see id.cadang.model.SopPackage#getStep_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity</em>' attribute.
	 * @see #setActivity(String)
	 * @see id.cadang.model.SopPackage#getStep_Activity()
	 * @model
	 * @generated
	 */
	String getActivity();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getActivity <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' attribute.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(String value);

	/**
	 * Returns the value of the '<em><b>Performers</b></em>' reference list.
	 * The list contents are of type {@link id.cadang.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performers</em>' reference list.
	 * @see id.cadang.model.SopPackage#getStep_Performers()
	 * @model
	 * @generated
	 */
	EList<Role> getPerformers();

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requirements</em>' attribute list.
	 * @see id.cadang.model.SopPackage#getStep_Requirements()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRequirements();

	/**
	 * Returns the value of the '<em><b>Time Standard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Standard</em>' containment reference.
	 * @see #setTimeStandard(TimeStandard)
	 * @see id.cadang.model.SopPackage#getStep_TimeStandard()
	 * @model containment="true"
	 * @generated
	 */
	TimeStandard getTimeStandard();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getTimeStandard <em>Time Standard</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Standard</em>' containment reference.
	 * @see #getTimeStandard()
	 * @generated
	 */
	void setTimeStandard(TimeStandard value);

	/**
	 * Returns the value of the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output</em>' attribute.
	 * @see #setOutput(String)
	 * @see id.cadang.model.SopPackage#getStep_Output()
	 * @model
	 * @generated
	 */
	String getOutput();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getOutput <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' attribute.
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(String value);

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see id.cadang.model.SopPackage#getStep_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The default value is <code>"ACTIVITY"</code>.
	 * The literals are from the enumeration {@link id.cadang.model.StepShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see id.cadang.model.StepShape
	 * @see #setShape(StepShape)
	 * @see id.cadang.model.SopPackage#getStep_Shape()
	 * @model default="ACTIVITY"
	 * @generated
	 */
	StepShape getShape();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see id.cadang.model.StepShape
	 * @see #getShape()
	 * @generated
	 */
	void setShape(StepShape value);

	/**
	 * Returns the value of the '<em><b>Next</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next</em>' reference.
	 * @see #setNext(Step)
	 * @see id.cadang.model.SopPackage#getStep_Next()
	 * @model
	 * @generated
	 */
	Step getNext();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getNext <em>Next</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next</em>' reference.
	 * @see #getNext()
	 * @generated
	 */
	void setNext(Step value);

	/**
	 * Returns the value of the '<em><b>Yes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Yes</em>' reference.
	 * @see #setYes(Step)
	 * @see id.cadang.model.SopPackage#getStep_Yes()
	 * @model
	 * @generated
	 */
	Step getYes();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getYes <em>Yes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Yes</em>' reference.
	 * @see #getYes()
	 * @generated
	 */
	void setYes(Step value);

	/**
	 * Returns the value of the '<em><b>No</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>No</em>' reference.
	 * @see #setNo(Step)
	 * @see id.cadang.model.SopPackage#getStep_No()
	 * @model
	 * @generated
	 */
	Step getNo();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getNo <em>No</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No</em>' reference.
	 * @see #getNo()
	 * @generated
	 */
	void setNo(Step value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' containment reference.
	 * @see #setAction(ActionBinding)
	 * @see id.cadang.model.SopPackage#getStep_Action()
	 * @model containment="true"
	 * @generated
	 */
	ActionBinding getAction();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getAction <em>Action</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' containment reference.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(ActionBinding value);

	/**
	 * Returns the value of the '<em><b>Form</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The form, checklist or letter filled in at this step; one of the document's forms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Form</em>' reference.
	 * @see #setForm(Form)
	 * @see id.cadang.model.SopPackage#getStep_Form()
	 * @model
	 * @generated
	 */
	Form getForm();

	/**
	 * Sets the value of the '{@link id.cadang.model.Step#getForm <em>Form</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form</em>' reference.
	 * @see #getForm()
	 * @generated
	 */
	void setForm(Form value);

} // Step
