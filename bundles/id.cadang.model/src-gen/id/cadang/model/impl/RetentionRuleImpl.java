/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model.impl;

import id.cadang.model.RetentionKind;
import id.cadang.model.RetentionRule;
import id.cadang.model.SopPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Retention Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link id.cadang.model.impl.RetentionRuleImpl#getId <em>Id</em>}</li>
 *   <li>{@link id.cadang.model.impl.RetentionRuleImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link id.cadang.model.impl.RetentionRuleImpl#getSlots <em>Slots</em>}</li>
 *   <li>{@link id.cadang.model.impl.RetentionRuleImpl#getKeepLast <em>Keep Last</em>}</li>
 *   <li>{@link id.cadang.model.impl.RetentionRuleImpl#getDaily <em>Daily</em>}</li>
 *   <li>{@link id.cadang.model.impl.RetentionRuleImpl#getWeekly <em>Weekly</em>}</li>
 *   <li>{@link id.cadang.model.impl.RetentionRuleImpl#getMonthly <em>Monthly</em>}</li>
 *   <li>{@link id.cadang.model.impl.RetentionRuleImpl#getYearly <em>Yearly</em>}</li>
 *   <li>{@link id.cadang.model.impl.RetentionRuleImpl#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RetentionRuleImpl extends MinimalEObjectImpl.Container implements RetentionRule
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSlots() <em>Slots</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlots()
	 * @generated
	 * @ordered
	 */
	protected EList<String> slots;

	/**
	 * The default value of the '{@link #getKeepLast() <em>Keep Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeepLast()
	 * @generated
	 * @ordered
	 */
	protected static final int KEEP_LAST_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getKeepLast() <em>Keep Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeepLast()
	 * @generated
	 * @ordered
	 */
	protected int keepLast = KEEP_LAST_EDEFAULT;

	/**
	 * The default value of the '{@link #getDaily() <em>Daily</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaily()
	 * @generated
	 * @ordered
	 */
	protected static final int DAILY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDaily() <em>Daily</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaily()
	 * @generated
	 * @ordered
	 */
	protected int daily = DAILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeekly() <em>Weekly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekly()
	 * @generated
	 * @ordered
	 */
	protected static final int WEEKLY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWeekly() <em>Weekly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekly()
	 * @generated
	 * @ordered
	 */
	protected int weekly = WEEKLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthly() <em>Monthly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthly()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTHLY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonthly() <em>Monthly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthly()
	 * @generated
	 * @ordered
	 */
	protected int monthly = MONTHLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getYearly() <em>Yearly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearly()
	 * @generated
	 * @ordered
	 */
	protected static final int YEARLY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYearly() <em>Yearly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearly()
	 * @generated
	 * @ordered
	 */
	protected int yearly = YEARLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RetentionKind KIND_EDEFAULT = RetentionKind.GRANDFATHER_FATHER_SON;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RetentionKind kind = KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RetentionRuleImpl()
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
		return SopPackage.Literals.RETENTION_RULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.RETENTION_RULE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.RETENTION_RULE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSlots()
	{
		if (slots == null)
		{
			slots = new EDataTypeEList<String>(String.class, this, SopPackage.RETENTION_RULE__SLOTS);
		}
		return slots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKeepLast()
	{
		return keepLast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeepLast(int newKeepLast)
	{
		int oldKeepLast = keepLast;
		keepLast = newKeepLast;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.RETENTION_RULE__KEEP_LAST, oldKeepLast, keepLast));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDaily()
	{
		return daily;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDaily(int newDaily)
	{
		int oldDaily = daily;
		daily = newDaily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.RETENTION_RULE__DAILY, oldDaily, daily));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWeekly()
	{
		return weekly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeekly(int newWeekly)
	{
		int oldWeekly = weekly;
		weekly = newWeekly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.RETENTION_RULE__WEEKLY, oldWeekly, weekly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonthly()
	{
		return monthly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthly(int newMonthly)
	{
		int oldMonthly = monthly;
		monthly = newMonthly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.RETENTION_RULE__MONTHLY, oldMonthly, monthly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYearly()
	{
		return yearly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearly(int newYearly)
	{
		int oldYearly = yearly;
		yearly = newYearly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.RETENTION_RULE__YEARLY, oldYearly, yearly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetentionKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RetentionKind newKind)
	{
		RetentionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.RETENTION_RULE__KIND, oldKind, kind));
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
			case SopPackage.RETENTION_RULE__ID:
				return getId();
			case SopPackage.RETENTION_RULE__DESCRIPTION:
				return getDescription();
			case SopPackage.RETENTION_RULE__SLOTS:
				return getSlots();
			case SopPackage.RETENTION_RULE__KEEP_LAST:
				return getKeepLast();
			case SopPackage.RETENTION_RULE__DAILY:
				return getDaily();
			case SopPackage.RETENTION_RULE__WEEKLY:
				return getWeekly();
			case SopPackage.RETENTION_RULE__MONTHLY:
				return getMonthly();
			case SopPackage.RETENTION_RULE__YEARLY:
				return getYearly();
			case SopPackage.RETENTION_RULE__KIND:
				return getKind();
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
			case SopPackage.RETENTION_RULE__ID:
				setId((String)newValue);
				return;
			case SopPackage.RETENTION_RULE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SopPackage.RETENTION_RULE__SLOTS:
				getSlots().clear();
				getSlots().addAll((Collection<? extends String>)newValue);
				return;
			case SopPackage.RETENTION_RULE__KEEP_LAST:
				setKeepLast((Integer)newValue);
				return;
			case SopPackage.RETENTION_RULE__DAILY:
				setDaily((Integer)newValue);
				return;
			case SopPackage.RETENTION_RULE__WEEKLY:
				setWeekly((Integer)newValue);
				return;
			case SopPackage.RETENTION_RULE__MONTHLY:
				setMonthly((Integer)newValue);
				return;
			case SopPackage.RETENTION_RULE__YEARLY:
				setYearly((Integer)newValue);
				return;
			case SopPackage.RETENTION_RULE__KIND:
				setKind((RetentionKind)newValue);
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
			case SopPackage.RETENTION_RULE__ID:
				setId(ID_EDEFAULT);
				return;
			case SopPackage.RETENTION_RULE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SopPackage.RETENTION_RULE__SLOTS:
				getSlots().clear();
				return;
			case SopPackage.RETENTION_RULE__KEEP_LAST:
				setKeepLast(KEEP_LAST_EDEFAULT);
				return;
			case SopPackage.RETENTION_RULE__DAILY:
				setDaily(DAILY_EDEFAULT);
				return;
			case SopPackage.RETENTION_RULE__WEEKLY:
				setWeekly(WEEKLY_EDEFAULT);
				return;
			case SopPackage.RETENTION_RULE__MONTHLY:
				setMonthly(MONTHLY_EDEFAULT);
				return;
			case SopPackage.RETENTION_RULE__YEARLY:
				setYearly(YEARLY_EDEFAULT);
				return;
			case SopPackage.RETENTION_RULE__KIND:
				setKind(KIND_EDEFAULT);
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
			case SopPackage.RETENTION_RULE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SopPackage.RETENTION_RULE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SopPackage.RETENTION_RULE__SLOTS:
				return slots != null && !slots.isEmpty();
			case SopPackage.RETENTION_RULE__KEEP_LAST:
				return keepLast != KEEP_LAST_EDEFAULT;
			case SopPackage.RETENTION_RULE__DAILY:
				return daily != DAILY_EDEFAULT;
			case SopPackage.RETENTION_RULE__WEEKLY:
				return weekly != WEEKLY_EDEFAULT;
			case SopPackage.RETENTION_RULE__MONTHLY:
				return monthly != MONTHLY_EDEFAULT;
			case SopPackage.RETENTION_RULE__YEARLY:
				return yearly != YEARLY_EDEFAULT;
			case SopPackage.RETENTION_RULE__KIND:
				return kind != KIND_EDEFAULT;
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
		result.append(", description: ");
		result.append(description);
		result.append(", slots: ");
		result.append(slots);
		result.append(", keepLast: ");
		result.append(keepLast);
		result.append(", daily: ");
		result.append(daily);
		result.append(", weekly: ");
		result.append(weekly);
		result.append(", monthly: ");
		result.append(monthly);
		result.append(", yearly: ");
		result.append(yearly);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //RetentionRuleImpl
