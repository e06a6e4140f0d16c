/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link id.cadang.model.SopDocument#getId <em>Id</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getNumber <em>Number</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getTitle <em>Title</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getAgency <em>Agency</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getUnit <em>Unit</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getDateMade <em>Date Made</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getDateRevised <em>Date Revised</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getDateEffective <em>Date Effective</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getApprover <em>Approver</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getLegalBases <em>Legal Bases</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getQualifications <em>Qualifications</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getRelatedSops <em>Related Sops</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getRecordKeeping <em>Record Keeping</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getRoles <em>Roles</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getProcedures <em>Procedures</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getSlots <em>Slots</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getRevision <em>Revision</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getScope <em>Scope</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getDefinitions <em>Definitions</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getForms <em>Forms</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getSchedules <em>Schedules</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getRetentionRules <em>Retention Rules</em>}</li>
 *   <li>{@link id.cadang.model.SopDocument#getNamingRule <em>Naming Rule</em>}</li>
 * </ul>
 *
 * @see id.cadang.model.SopPackage#getSopDocument()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueIds validTimeZone'"
 * @generated
 */
public interface SopDocument extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SOP's short id, e.g. buleleng.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getId <em>Id</em>}' attribute.
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
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Agency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' attribute.
	 * @see #setAgency(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_Agency()
	 * @model
	 * @generated
	 */
	String getAgency();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getAgency <em>Agency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' attribute.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Date Made</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Made</em>' attribute.
	 * @see #setDateMade(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_DateMade()
	 * @model
	 * @generated
	 */
	String getDateMade();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getDateMade <em>Date Made</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Made</em>' attribute.
	 * @see #getDateMade()
	 * @generated
	 */
	void setDateMade(String value);

	/**
	 * Returns the value of the '<em><b>Date Revised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Revised</em>' attribute.
	 * @see #setDateRevised(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_DateRevised()
	 * @model
	 * @generated
	 */
	String getDateRevised();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getDateRevised <em>Date Revised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Revised</em>' attribute.
	 * @see #getDateRevised()
	 * @generated
	 */
	void setDateRevised(String value);

	/**
	 * Returns the value of the '<em><b>Date Effective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Effective</em>' attribute.
	 * @see #setDateEffective(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_DateEffective()
	 * @model
	 * @generated
	 */
	String getDateEffective();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getDateEffective <em>Date Effective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Effective</em>' attribute.
	 * @see #getDateEffective()
	 * @generated
	 */
	void setDateEffective(String value);

	/**
	 * Returns the value of the '<em><b>Approver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approver</em>' containment reference.
	 * @see #setApprover(Approver)
	 * @see id.cadang.model.SopPackage#getSopDocument_Approver()
	 * @model containment="true"
	 * @generated
	 */
	Approver getApprover();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getApprover <em>Approver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approver</em>' containment reference.
	 * @see #getApprover()
	 * @generated
	 */
	void setApprover(Approver value);

	/**
	 * Returns the value of the '<em><b>Legal Bases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Bases</em>' attribute list.
	 * @see id.cadang.model.SopPackage#getSopDocument_LegalBases()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getLegalBases();

	/**
	 * Returns the value of the '<em><b>Qualifications</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qualifications</em>' attribute list.
	 * @see id.cadang.model.SopPackage#getSopDocument_Qualifications()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getQualifications();

	/**
	 * Returns the value of the '<em><b>Related Sops</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related Sops</em>' attribute list.
	 * @see id.cadang.model.SopPackage#getSopDocument_RelatedSops()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRelatedSops();

	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Equipment</em>' attribute list.
	 * @see id.cadang.model.SopPackage#getSopDocument_Equipment()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getEquipment();

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warnings</em>' attribute list.
	 * @see id.cadang.model.SopPackage#getSopDocument_Warnings()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWarnings();

	/**
	 * Returns the value of the '<em><b>Record Keeping</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Record Keeping</em>' attribute list.
	 * @see id.cadang.model.SopPackage#getSopDocument_RecordKeeping()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRecordKeeping();

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * The default value is <code>"Asia/Jakarta"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_TimeZone()
	 * @model default="Asia/Jakarta"
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link id.cadang.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see id.cadang.model.SopPackage#getSopDocument_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Procedures</b></em>' containment reference list.
	 * The list contents are of type {@link id.cadang.model.Procedure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Procedures</em>' containment reference list.
	 * @see id.cadang.model.SopPackage#getSopDocument_Procedures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Procedure> getProcedures();

	/**
	 * Returns the value of the '<em><b>Slots</b></em>' containment reference list.
	 * The list contents are of type {@link id.cadang.model.Slot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slots</em>' containment reference list.
	 * @see id.cadang.model.SopPackage#getSopDocument_Slots()
	 * @model containment="true"
	 * @generated
	 */
	EList<Slot> getSlots();

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The revision number as printed on the sheet (e.g. 02); empty when the sheet prints none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_Revision()
	 * @model
	 * @generated
	 */
	String getRevision();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tujuan: the purpose of the SOP, where the sheet states one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ruang lingkup: the scope of the SOP, where the sheet states one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see id.cadang.model.SopPackage#getSopDocument_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Definitions</b></em>' containment reference list.
	 * The list contents are of type {@link id.cadang.model.Definition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Definisi: the terms the sheet defines, in its order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definitions</em>' containment reference list.
	 * @see id.cadang.model.SopPackage#getSopDocument_Definitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Definition> getDefinitions();

	/**
	 * Returns the value of the '<em><b>Forms</b></em>' containment reference list.
	 * The list contents are of type {@link id.cadang.model.Form}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The forms, checklists and letters that steps fill in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forms</em>' containment reference list.
	 * @see id.cadang.model.SopPackage#getSopDocument_Forms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Form> getForms();

	/**
	 * Returns the value of the '<em><b>Schedules</b></em>' containment reference list.
	 * The list contents are of type {@link id.cadang.model.Schedule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When procedures run on their own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedules</em>' containment reference list.
	 * @see id.cadang.model.SopPackage#getSopDocument_Schedules()
	 * @model containment="true"
	 * @generated
	 */
	EList<Schedule> getSchedules();

	/**
	 * Returns the value of the '<em><b>Retention Rules</b></em>' containment reference list.
	 * The list contents are of type {@link id.cadang.model.RetentionRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long backups are kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Rules</em>' containment reference list.
	 * @see id.cadang.model.SopPackage#getSopDocument_RetentionRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<RetentionRule> getRetentionRules();

	/**
	 * Returns the value of the '<em><b>Naming Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How backup files are named.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Naming Rule</em>' containment reference.
	 * @see #setNamingRule(NamingRule)
	 * @see id.cadang.model.SopPackage#getSopDocument_NamingRule()
	 * @model containment="true"
	 * @generated
	 */
	NamingRule getNamingRule();

	/**
	 * Sets the value of the '{@link id.cadang.model.SopDocument#getNamingRule <em>Naming Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Naming Rule</em>' containment reference.
	 * @see #getNamingRule()
	 * @generated
	 */
	void setNamingRule(NamingRule value);

} // SopDocument
