/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A form, checklist or letter of the SOP (e.g. Formulir Pelaksanaan Back Up), with its fields in printed order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link id.cadang.model.Form#getId <em>Id</em>}</li>
 *   <li>{@link id.cadang.model.Form#getTitle <em>Title</em>}</li>
 *   <li>{@link id.cadang.model.Form#getKind <em>Kind</em>}</li>
 *   <li>{@link id.cadang.model.Form#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see id.cadang.model.SopPackage#getForm()
 * @model
 * @generated
 */
public interface Form extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see id.cadang.model.SopPackage#getForm_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link id.cadang.model.Form#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see id.cadang.model.SopPackage#getForm_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link id.cadang.model.Form#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"FORM"</code>.
	 * The literals are from the enumeration {@link id.cadang.model.FormKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see id.cadang.model.FormKind
	 * @see #setKind(FormKind)
	 * @see id.cadang.model.SopPackage#getForm_Kind()
	 * @model default="FORM"
	 * @generated
	 */
	FormKind getKind();

	/**
	 * Sets the value of the '{@link id.cadang.model.Form#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see id.cadang.model.FormKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FormKind value);

	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link id.cadang.model.FormField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see id.cadang.model.SopPackage#getForm_Fields()
	 * @model containment="true"
	 * @generated
	 */
	EList<FormField> getFields();

} // Form
