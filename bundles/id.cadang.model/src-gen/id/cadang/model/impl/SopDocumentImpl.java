/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model.impl;

import id.cadang.model.Approver;
import id.cadang.model.Definition;
import id.cadang.model.Form;
import id.cadang.model.NamingRule;
import id.cadang.model.Procedure;
import id.cadang.model.RetentionRule;
import id.cadang.model.Role;
import id.cadang.model.Schedule;
import id.cadang.model.Slot;
import id.cadang.model.SopDocument;
import id.cadang.model.SopPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getId <em>Id</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getDateMade <em>Date Made</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getDateRevised <em>Date Revised</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getDateEffective <em>Date Effective</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getApprover <em>Approver</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getLegalBases <em>Legal Bases</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getQualifications <em>Qualifications</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getRelatedSops <em>Related Sops</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getRecordKeeping <em>Record Keeping</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getProcedures <em>Procedures</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getSlots <em>Slots</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getDefinitions <em>Definitions</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getForms <em>Forms</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getSchedules <em>Schedules</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getRetentionRules <em>Retention Rules</em>}</li>
 *   <li>{@link id.cadang.model.impl.SopDocumentImpl#getNamingRule <em>Naming Rule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SopDocumentImpl extends MinimalEObjectImpl.Container implements SopDocument
{
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgency() <em>Agency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgency() <em>Agency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected String agency = AGENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateMade() <em>Date Made</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateMade()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_MADE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateMade() <em>Date Made</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateMade()
	 * @generated
	 * @ordered
	 */
	protected String dateMade = DATE_MADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateRevised() <em>Date Revised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateRevised()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_REVISED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateRevised() <em>Date Revised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateRevised()
	 * @generated
	 * @ordered
	 */
	protected String dateRevised = DATE_REVISED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateEffective() <em>Date Effective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateEffective()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EFFECTIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateEffective() <em>Date Effective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateEffective()
	 * @generated
	 * @ordered
	 */
	protected String dateEffective = DATE_EFFECTIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApprover() <em>Approver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprover()
	 * @generated
	 * @ordered
	 */
	protected Approver approver;

	/**
	 * The cached value of the '{@link #getLegalBases() <em>Legal Bases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> legalBases;

	/**
	 * The cached value of the '{@link #getQualifications() <em>Qualifications</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualifications()
	 * @generated
	 * @ordered
	 */
	protected EList<String> qualifications;

	/**
	 * The cached value of the '{@link #getRelatedSops() <em>Related Sops</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedSops()
	 * @generated
	 * @ordered
	 */
	protected EList<String> relatedSops;

	/**
	 * The cached value of the '{@link #getEquipment() <em>Equipment</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquipment()
	 * @generated
	 * @ordered
	 */
	protected EList<String> equipment;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> warnings;

	/**
	 * The cached value of the '{@link #getRecordKeeping() <em>Record Keeping</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordKeeping()
	 * @generated
	 * @ordered
	 */
	protected EList<String> recordKeeping;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = "Asia/Jakarta";

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getProcedures() <em>Procedures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedures()
	 * @generated
	 * @ordered
	 */
	protected EList<Procedure> procedures;

	/**
	 * The cached value of the '{@link #getSlots() <em>Slots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlots()
	 * @generated
	 * @ordered
	 */
	protected EList<Slot> slots;

	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final String REVISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected String revision = REVISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDefinitions() <em>Definitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Definition> definitions;

	/**
	 * The cached value of the '{@link #getForms() <em>Forms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForms()
	 * @generated
	 * @ordered
	 */
	protected EList<Form> forms;

	/**
	 * The cached value of the '{@link #getSchedules() <em>Schedules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedules()
	 * @generated
	 * @ordered
	 */
	protected EList<Schedule> schedules;

	/**
	 * The cached value of the '{@link #getRetentionRules() <em>Retention Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionRules()
	 * @generated
	 * @ordered
	 */
	protected EList<RetentionRule> retentionRules;

	/**
	 * The cached value of the '{@link #getNamingRule() <em>Naming Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamingRule()
	 * @generated
	 * @ordered
	 */
	protected NamingRule namingRule;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SopDocumentImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return SopPackage.Literals.SOP_DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId()
	{
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId)
	{
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber()
	{
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber)
	{
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgency()
	{
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgency(String newAgency)
	{
		String oldAgency = agency;
		agency = newAgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__AGENCY, oldAgency, agency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit()
	{
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit)
	{
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDateMade()
	{
		return dateMade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateMade(String newDateMade)
	{
		String oldDateMade = dateMade;
		dateMade = newDateMade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__DATE_MADE, oldDateMade, dateMade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDateRevised()
	{
		return dateRevised;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateRevised(String newDateRevised)
	{
		String oldDateRevised = dateRevised;
		dateRevised = newDateRevised;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__DATE_REVISED, oldDateRevised, dateRevised));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDateEffective()
	{
		return dateEffective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateEffective(String newDateEffective)
	{
		String oldDateEffective = dateEffective;
		dateEffective = newDateEffective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__DATE_EFFECTIVE, oldDateEffective, dateEffective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Approver getApprover()
	{
		return approver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetApprover(Approver newApprover, NotificationChain msgs)
	{
		Approver oldApprover = approver;
		approver = newApprover;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__APPROVER, oldApprover, newApprover);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprover(Approver newApprover)
	{
		if (newApprover != approver)
		{
			NotificationChain msgs = null;
			if (approver != null)
				msgs = ((InternalEObject)approver).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SopPackage.SOP_DOCUMENT__APPROVER, null, msgs);
			if (newApprover != null)
				msgs = ((InternalEObject)newApprover).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SopPackage.SOP_DOCUMENT__APPROVER, null, msgs);
			msgs = basicSetApprover(newApprover, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__APPROVER, newApprover, newApprover));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLegalBases()
	{
		if (legalBases == null)
		{
			legalBases = new EDataTypeEList<String>(String.class, this, SopPackage.SOP_DOCUMENT__LEGAL_BASES);
		}
		return legalBases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getQualifications()
	{
		if (qualifications == null)
		{
			qualifications = new EDataTypeEList<String>(String.class, this, SopPackage.SOP_DOCUMENT__QUALIFICATIONS);
		}
		return qualifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRelatedSops()
	{
		if (relatedSops == null)
		{
			relatedSops = new EDataTypeEList<String>(String.class, this, SopPackage.SOP_DOCUMENT__RELATED_SOPS);
		}
		return relatedSops;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEquipment()
	{
		if (equipment == null)
		{
			equipment = new EDataTypeEList<String>(String.class, this, SopPackage.SOP_DOCUMENT__EQUIPMENT);
		}
		return equipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWarnings()
	{
		if (warnings == null)
		{
			warnings = new EDataTypeEList<String>(String.class, this, SopPackage.SOP_DOCUMENT__WARNINGS);
		}
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRecordKeeping()
	{
		if (recordKeeping == null)
		{
			recordKeeping = new EDataTypeEList<String>(String.class, this, SopPackage.SOP_DOCUMENT__RECORD_KEEPING);
		}
		return recordKeeping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone()
	{
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone)
	{
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles()
	{
		if (roles == null)
		{
			roles = new EObjectContainmentEList<Role>(Role.class, this, SopPackage.SOP_DOCUMENT__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Procedure> getProcedures()
	{
		if (procedures == null)
		{
			procedures = new EObjectContainmentEList<Procedure>(Procedure.class, this, SopPackage.SOP_DOCUMENT__PROCEDURES);
		}
		return procedures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Slot> getSlots()
	{
		if (slots == null)
		{
			slots = new EObjectContainmentEList<Slot>(Slot.class, this, SopPackage.SOP_DOCUMENT__SLOTS);
		}
		return slots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRevision()
	{
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(String newRevision)
	{
		String oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose()
	{
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose)
	{
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope()
	{
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope)
	{
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Definition> getDefinitions()
	{
		if (definitions == null)
		{
			definitions = new EObjectContainmentEList<Definition>(Definition.class, this, SopPackage.SOP_DOCUMENT__DEFINITIONS);
		}
		return definitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Form> getForms()
	{
		if (forms == null)
		{
			forms = new EObjectContainmentEList<Form>(Form.class, this, SopPackage.SOP_DOCUMENT__FORMS);
		}
		return forms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Schedule> getSchedules()
	{
		if (schedules == null)
		{
			schedules = new EObjectContainmentEList<Schedule>(Schedule.class, this, SopPackage.SOP_DOCUMENT__SCHEDULES);
		}
		return schedules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RetentionRule> getRetentionRules()
	{
		if (retentionRules == null)
		{
			retentionRules = new EObjectContainmentEList<RetentionRule>(RetentionRule.class, this, SopPackage.SOP_DOCUMENT__RETENTION_RULES);
		}
		return retentionRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamingRule getNamingRule()
	{
		return namingRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNamingRule(NamingRule newNamingRule, NotificationChain msgs)
	{
		NamingRule oldNamingRule = namingRule;
		namingRule = newNamingRule;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__NAMING_RULE, oldNamingRule, newNamingRule);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamingRule(NamingRule newNamingRule)
	{
		if (newNamingRule != namingRule)
		{
			NotificationChain msgs = null;
			if (namingRule != null)
				msgs = ((InternalEObject)namingRule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SopPackage.SOP_DOCUMENT__NAMING_RULE, null, msgs);
			if (newNamingRule != null)
				msgs = ((InternalEObject)newNamingRule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SopPackage.SOP_DOCUMENT__NAMING_RULE, null, msgs);
			msgs = basicSetNamingRule(newNamingRule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.SOP_DOCUMENT__NAMING_RULE, newNamingRule, newNamingRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case SopPackage.SOP_DOCUMENT__APPROVER:
				return basicSetApprover(null, msgs);
			case SopPackage.SOP_DOCUMENT__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case SopPackage.SOP_DOCUMENT__PROCEDURES:
				return ((InternalEList<?>)getProcedures()).basicRemove(otherEnd, msgs);
			case SopPackage.SOP_DOCUMENT__SLOTS:
				return ((InternalEList<?>)getSlots()).basicRemove(otherEnd, msgs);
			case SopPackage.SOP_DOCUMENT__DEFINITIONS:
				return ((InternalEList<?>)getDefinitions()).basicRemove(otherEnd, msgs);
			case SopPackage.SOP_DOCUMENT__FORMS:
				return ((InternalEList<?>)getForms()).basicRemove(otherEnd, msgs);
			case SopPackage.SOP_DOCUMENT__SCHEDULES:
				return ((InternalEList<?>)getSchedules()).basicRemove(otherEnd, msgs);
			case SopPackage.SOP_DOCUMENT__RETENTION_RULES:
				return ((InternalEList<?>)getRetentionRules()).basicRemove(otherEnd, msgs);
			case SopPackage.SOP_DOCUMENT__NAMING_RULE:
				return basicSetNamingRule(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case SopPackage.SOP_DOCUMENT__ID:
				return getId();
			case SopPackage.SOP_DOCUMENT__NUMBER:
				return getNumber();
			case SopPackage.SOP_DOCUMENT__TITLE:
				return getTitle();
			case SopPackage.SOP_DOCUMENT__AGENCY:
				return getAgency();
			case SopPackage.SOP_DOCUMENT__UNIT:
				return getUnit();
			case SopPackage.SOP_DOCUMENT__DATE_MADE:
				return getDateMade();
			case SopPackage.SOP_DOCUMENT__DATE_REVISED:
				return getDateRevised();
			case SopPackage.SOP_DOCUMENT__DATE_EFFECTIVE:
				return getDateEffective();
			case SopPackage.SOP_DOCUMENT__APPROVER:
				return getApprover();
			case SopPackage.SOP_DOCUMENT__LEGAL_BASES:
				return getLegalBases();
			case SopPackage.SOP_DOCUMENT__QUALIFICATIONS:
				return getQualifications();
			case SopPackage.SOP_DOCUMENT__RELATED_SOPS:
				return getRelatedSops();
			case SopPackage.SOP_DOCUMENT__EQUIPMENT:
				return getEquipment();
			case SopPackage.SOP_DOCUMENT__WARNINGS:
				return getWarnings();
			case SopPackage.SOP_DOCUMENT__RECORD_KEEPING:
				return getRecordKeeping();
			case SopPackage.SOP_DOCUMENT__TIME_ZONE:
				return getTimeZone();
			case SopPackage.SOP_DOCUMENT__ROLES:
				return getRoles();
			case SopPackage.SOP_DOCUMENT__PROCEDURES:
				return getProcedures();
			case SopPackage.SOP_DOCUMENT__SLOTS:
				return getSlots();
			case SopPackage.SOP_DOCUMENT__REVISION:
				return getRevision();
			case SopPackage.SOP_DOCUMENT__PURPOSE:
				return getPurpose();
			case SopPackage.SOP_DOCUMENT__SCOPE:
				return getScope();
			case SopPackage.SOP_DOCUMENT__DEFINITIONS:
				return getDefinitions();
			case SopPackage.SOP_DOCUMENT__FORMS:
				return getForms();
			case SopPackage.SOP_DOCUMENT__SCHEDULES:
				return getSchedules();
			case SopPackage.SOP_DOCUMENT__RETENTION_RULES:
				return getRetentionRules();
			case SopPackage.SOP_DOCUMENT__NAMING_RULE:
				return getNamingRule();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case SopPackage.SOP_DOCUMENT__ID:
				setId((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__NUMBER:
				setNumber((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__AGENCY:
				setAgency((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__UNIT:
				setUnit((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__DATE_MADE:
				setDateMade((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__DATE_REVISED:
				setDateRevised((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__DATE_EFFECTIVE:
				setDateEffective((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__APPROVER:
				setApprover((Approver)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__LEGAL_BASES:
				getLegalBases().clear();
				getLegalBases().addAll((Collection<? extends String>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__QUALIFICATIONS:
				getQualifications().clear();
				getQualifications().addAll((Collection<? extends String>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__RELATED_SOPS:
				getRelatedSops().clear();
				getRelatedSops().addAll((Collection<? extends String>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__EQUIPMENT:
				getEquipment().clear();
				getEquipment().addAll((Collection<? extends String>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__WARNINGS:
				getWarnings().clear();
				getWarnings().addAll((Collection<? extends String>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__RECORD_KEEPING:
				getRecordKeeping().clear();
				getRecordKeeping().addAll((Collection<? extends String>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__PROCEDURES:
				getProcedures().clear();
				getProcedures().addAll((Collection<? extends Procedure>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__SLOTS:
				getSlots().clear();
				getSlots().addAll((Collection<? extends Slot>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__REVISION:
				setRevision((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__PURPOSE:
				setPurpose((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__SCOPE:
				setScope((String)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__DEFINITIONS:
				getDefinitions().clear();
				getDefinitions().addAll((Collection<? extends Definition>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__FORMS:
				getForms().clear();
				getForms().addAll((Collection<? extends Form>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__SCHEDULES:
				getSchedules().clear();
				getSchedules().addAll((Collection<? extends Schedule>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__RETENTION_RULES:
				getRetentionRules().clear();
				getRetentionRules().addAll((Collection<? extends RetentionRule>)newValue);
				return;
			case SopPackage.SOP_DOCUMENT__NAMING_RULE:
				setNamingRule((NamingRule)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case SopPackage.SOP_DOCUMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__AGENCY:
				setAgency(AGENCY_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__DATE_MADE:
				setDateMade(DATE_MADE_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__DATE_REVISED:
				setDateRevised(DATE_REVISED_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__DATE_EFFECTIVE:
				setDateEffective(DATE_EFFECTIVE_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__APPROVER:
				setApprover((Approver)null);
				return;
			case SopPackage.SOP_DOCUMENT__LEGAL_BASES:
				getLegalBases().clear();
				return;
			case SopPackage.SOP_DOCUMENT__QUALIFICATIONS:
				getQualifications().clear();
				return;
			case SopPackage.SOP_DOCUMENT__RELATED_SOPS:
				getRelatedSops().clear();
				return;
			case SopPackage.SOP_DOCUMENT__EQUIPMENT:
				getEquipment().clear();
				return;
			case SopPackage.SOP_DOCUMENT__WARNINGS:
				getWarnings().clear();
				return;
			case SopPackage.SOP_DOCUMENT__RECORD_KEEPING:
				getRecordKeeping().clear();
				return;
			case SopPackage.SOP_DOCUMENT__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__ROLES:
				getRoles().clear();
				return;
			case SopPackage.SOP_DOCUMENT__PROCEDURES:
				getProcedures().clear();
				return;
			case SopPackage.SOP_DOCUMENT__SLOTS:
				getSlots().clear();
				return;
			case SopPackage.SOP_DOCUMENT__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case SopPackage.SOP_DOCUMENT__DEFINITIONS:
				getDefinitions().clear();
				return;
			case SopPackage.SOP_DOCUMENT__FORMS:
				getForms().clear();
				return;
			case SopPackage.SOP_DOCUMENT__SCHEDULES:
				getSchedules().clear();
				return;
			case SopPackage.SOP_DOCUMENT__RETENTION_RULES:
				getRetentionRules().clear();
				return;
			case SopPackage.SOP_DOCUMENT__NAMING_RULE:
				setNamingRule((NamingRule)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case SopPackage.SOP_DOCUMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SopPackage.SOP_DOCUMENT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case SopPackage.SOP_DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SopPackage.SOP_DOCUMENT__AGENCY:
				return AGENCY_EDEFAULT == null ? agency != null : !AGENCY_EDEFAULT.equals(agency);
			case SopPackage.SOP_DOCUMENT__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case SopPackage.SOP_DOCUMENT__DATE_MADE:
				return DATE_MADE_EDEFAULT == null ? dateMade != null : !DATE_MADE_EDEFAULT.equals(dateMade);
			case SopPackage.SOP_DOCUMENT__DATE_REVISED:
				return DATE_REVISED_EDEFAULT == null ? dateRevised != null : !DATE_REVISED_EDEFAULT.equals(dateRevised);
			case SopPackage.SOP_DOCUMENT__DATE_EFFECTIVE:
				return DATE_EFFECTIVE_EDEFAULT == null ? dateEffective != null : !DATE_EFFECTIVE_EDEFAULT.equals(dateEffective);
			case SopPackage.SOP_DOCUMENT__APPROVER:
				return approver != null;
			case SopPackage.SOP_DOCUMENT__LEGAL_BASES:
				return legalBases != null && !legalBases.isEmpty();
			case SopPackage.SOP_DOCUMENT__QUALIFICATIONS:
				return qualifications != null && !qualifications.isEmpty();
			case SopPackage.SOP_DOCUMENT__RELATED_SOPS:
				return relatedSops != null && !relatedSops.isEmpty();
			case SopPackage.SOP_DOCUMENT__EQUIPMENT:
				return equipment != null && !equipment.isEmpty();
			case SopPackage.SOP_DOCUMENT__WARNINGS:
				return warnings != null && !warnings.isEmpty();
			case SopPackage.SOP_DOCUMENT__RECORD_KEEPING:
				return recordKeeping != null && !recordKeeping.isEmpty();
			case SopPackage.SOP_DOCUMENT__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case SopPackage.SOP_DOCUMENT__ROLES:
				return roles != null && !roles.isEmpty();
			case SopPackage.SOP_DOCUMENT__PROCEDURES:
				return procedures != null && !procedures.isEmpty();
			case SopPackage.SOP_DOCUMENT__SLOTS:
				return slots != null && !slots.isEmpty();
			case SopPackage.SOP_DOCUMENT__REVISION:
				return REVISION_EDEFAULT == null ? revision != null : !REVISION_EDEFAULT.equals(revision);
			case SopPackage.SOP_DOCUMENT__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case SopPackage.SOP_DOCUMENT__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case SopPackage.SOP_DOCUMENT__DEFINITIONS:
				return definitions != null && !definitions.isEmpty();
			case SopPackage.SOP_DOCUMENT__FORMS:
				return forms != null && !forms.isEmpty();
			case SopPackage.SOP_DOCUMENT__SCHEDULES:
				return schedules != null && !schedules.isEmpty();
			case SopPackage.SOP_DOCUMENT__RETENTION_RULES:
				return retentionRules != null && !retentionRules.isEmpty();
			case SopPackage.SOP_DOCUMENT__NAMING_RULE:
				return namingRule != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", agency: ");
		result.append(agency);
		result.append(", unit: ");
		result.append(unit);
		result.append(", dateMade: ");
		result.append(dateMade);
		result.append(", dateRevised: ");
		result.append(dateRevised);
		result.append(", dateEffective: ");
		result.append(dateEffective);
		result.append(", legalBases: ");
		result.append(legalBases);
		result.append(", qualifications: ");
		result.append(qualifications);
		result.append(", relatedSops: ");
		result.append(relatedSops);
		result.append(", equipment: ");
		result.append(equipment);
		result.append(", warnings: ");
		result.append(warnings);
		result.append(", recordKeeping: ");
		result.append(recordKeeping);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(", revision: ");
		result.append(revision);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", scope: ");
		result.append(scope);
		result.append(')');
		return result.toString();
	}

} //SopDocumentImpl
