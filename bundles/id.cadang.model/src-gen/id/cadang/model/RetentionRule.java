/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retention Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Which backups are kept. GRANDFATHER_FATHER_SON keeps the newest keepLast plus one per day, week, month and year for the counts given; CURRENT_MONTH_ALL_PAST_MONTHS_ONE keeps every backup of the current month and one (the newest) of each past month, the last monthly months of them when monthly is not 0.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link id.cadang.model.RetentionRule#getId <em>Id</em>}</li>
 *   <li>{@link id.cadang.model.RetentionRule#getDescription <em>Description</em>}</li>
 *   <li>{@link id.cadang.model.RetentionRule#getSlots <em>Slots</em>}</li>
 *   <li>{@link id.cadang.model.RetentionRule#getKeepLast <em>Keep Last</em>}</li>
 *   <li>{@link id.cadang.model.RetentionRule#getDaily <em>Daily</em>}</li>
 *   <li>{@link id.cadang.model.RetentionRule#getWeekly <em>Weekly</em>}</li>
 *   <li>{@link id.cadang.model.RetentionRule#getMonthly <em>Monthly</em>}</li>
 *   <li>{@link id.cadang.model.RetentionRule#getYearly <em>Yearly</em>}</li>
 *   <li>{@link id.cadang.model.RetentionRule#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see id.cadang.model.SopPackage#getRetentionRule()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='countsNotNegative keepsSomething slotsDeclared'"
 * @generated
 */
public interface RetentionRule extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see id.cadang.model.SopPackage#getRetentionRule_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link id.cadang.model.RetentionRule#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule as printed on the sheet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see id.cadang.model.SopPackage#getRetentionRule_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link id.cadang.model.RetentionRule#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Slots</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The slots this rule applies to; empty means all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slots</em>' attribute list.
	 * @see id.cadang.model.SopPackage#getRetentionRule_Slots()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getSlots();

	/**
	 * Returns the value of the '<em><b>Keep Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep the newest N backups whatever their age; 0 = not used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keep Last</em>' attribute.
	 * @see #setKeepLast(int)
	 * @see id.cadang.model.SopPackage#getRetentionRule_KeepLast()
	 * @model
	 * @generated
	 */
	int getKeepLast();

	/**
	 * Sets the value of the '{@link id.cadang.model.RetentionRule#getKeepLast <em>Keep Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keep Last</em>' attribute.
	 * @see #getKeepLast()
	 * @generated
	 */
	void setKeepLast(int value);

	/**
	 * Returns the value of the '<em><b>Daily</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep the newest backup of each of the last N days; 0 = not used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Daily</em>' attribute.
	 * @see #setDaily(int)
	 * @see id.cadang.model.SopPackage#getRetentionRule_Daily()
	 * @model
	 * @generated
	 */
	int getDaily();

	/**
	 * Sets the value of the '{@link id.cadang.model.RetentionRule#getDaily <em>Daily</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Daily</em>' attribute.
	 * @see #getDaily()
	 * @generated
	 */
	void setDaily(int value);

	/**
	 * Returns the value of the '<em><b>Weekly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weekly</em>' attribute.
	 * @see #setWeekly(int)
	 * @see id.cadang.model.SopPackage#getRetentionRule_Weekly()
	 * @model
	 * @generated
	 */
	int getWeekly();

	/**
	 * Sets the value of the '{@link id.cadang.model.RetentionRule#getWeekly <em>Weekly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weekly</em>' attribute.
	 * @see #getWeekly()
	 * @generated
	 */
	void setWeekly(int value);

	/**
	 * Returns the value of the '<em><b>Monthly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly</em>' attribute.
	 * @see #setMonthly(int)
	 * @see id.cadang.model.SopPackage#getRetentionRule_Monthly()
	 * @model
	 * @generated
	 */
	int getMonthly();

	/**
	 * Sets the value of the '{@link id.cadang.model.RetentionRule#getMonthly <em>Monthly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monthly</em>' attribute.
	 * @see #getMonthly()
	 * @generated
	 */
	void setMonthly(int value);

	/**
	 * Returns the value of the '<em><b>Yearly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Yearly</em>' attribute.
	 * @see #setYearly(int)
	 * @see id.cadang.model.SopPackage#getRetentionRule_Yearly()
	 * @model
	 * @generated
	 */
	int getYearly();

	/**
	 * Sets the value of the '{@link id.cadang.model.RetentionRule#getYearly <em>Yearly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Yearly</em>' attribute.
	 * @see #getYearly()
	 * @generated
	 */
	void setYearly(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"GRANDFATHER_FATHER_SON"</code>.
	 * The literals are from the enumeration {@link id.cadang.model.RetentionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see id.cadang.model.RetentionKind
	 * @see #setKind(RetentionKind)
	 * @see id.cadang.model.SopPackage#getRetentionRule_Kind()
	 * @model default="GRANDFATHER_FATHER_SON"
	 * @generated
	 */
	RetentionKind getKind();

	/**
	 * Sets the value of the '{@link id.cadang.model.RetentionRule#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see id.cadang.model.RetentionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RetentionKind value);

} // RetentionRule
