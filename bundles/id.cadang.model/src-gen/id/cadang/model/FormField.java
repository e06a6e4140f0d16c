/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link id.cadang.model.FormField#getName <em>Name</em>}</li>
 *   <li>{@link id.cadang.model.FormField#getLabel <em>Label</em>}</li>
 *   <li>{@link id.cadang.model.FormField#getType <em>Type</em>}</li>
 *   <li>{@link id.cadang.model.FormField#isRequired <em>Required</em>}</li>
 *   <li>{@link id.cadang.model.FormField#getChoices <em>Choices</em>}</li>
 * </ul>
 *
 * @see id.cadang.model.SopPackage#getFormField()
 * @model
 * @generated
 */
public interface FormField extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see id.cadang.model.SopPackage#getFormField_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link id.cadang.model.FormField#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see id.cadang.model.SopPackage#getFormField_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link id.cadang.model.FormField#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"TEXT"</code>.
	 * The literals are from the enumeration {@link id.cadang.model.FieldType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see id.cadang.model.FieldType
	 * @see #setType(FieldType)
	 * @see id.cadang.model.SopPackage#getFormField_Type()
	 * @model default="TEXT"
	 * @generated
	 */
	FieldType getType();

	/**
	 * Sets the value of the '{@link id.cadang.model.FormField#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see id.cadang.model.FieldType
	 * @see #getType()
	 * @generated
	 */
	void setType(FieldType value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see id.cadang.model.SopPackage#getFormField_Required()
	 * @model default="true"
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link id.cadang.model.FormField#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Choices</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The allowed answers of a CHOICE field.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Choices</em>' attribute list.
	 * @see id.cadang.model.SopPackage#getFormField_Choices()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getChoices();

} // FormField
