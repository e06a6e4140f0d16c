/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model.impl;

import id.cadang.model.ActionBinding;
import id.cadang.model.Form;
import id.cadang.model.Role;
import id.cadang.model.SopPackage;
import id.cadang.model.Step;
import id.cadang.model.StepShape;
import id.cadang.model.TimeStandard;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link id.cadang.model.impl.StepImpl#getId <em>Id</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getPerformers <em>Performers</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getTimeStandard <em>Time Standard</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getOutput <em>Output</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getRemark <em>Remark</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getShape <em>Shape</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getNext <em>Next</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getYes <em>Yes</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getNo <em>No</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getAction <em>Action</em>}</li>
 *   <li>{@link id.cadang.model.impl.StepImpl#getForm <em>Form</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends MinimalEObjectImpl.Container implements Step
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
	 * The default value of the '{@link #getActivity() <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActivity() <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected String activity = ACTIVITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPerformers() <em>Performers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformers()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> performers;

	/**
	 * The cached value of the '{@link #getRequirements() <em>Requirements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requirements;

	/**
	 * The cached value of the '{@link #getTimeStandard() <em>Time Standard</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeStandard()
	 * @generated
	 * @ordered
	 */
	protected TimeStandard timeStandard;

	/**
	 * The default value of the '{@link #getOutput() <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutput() <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected String output = OUTPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemark() <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemark()
	 * @generated
	 * @ordered
	 */
	protected static final String REMARK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemark() <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemark()
	 * @generated
	 * @ordered
	 */
	protected String remark = REMARK_EDEFAULT;

	/**
	 * The default value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected static final StepShape SHAPE_EDEFAULT = StepShape.ACTIVITY;

	/**
	 * The cached value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected StepShape shape = SHAPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNext() <em>Next</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNext()
	 * @generated
	 * @ordered
	 */
	protected Step next;

	/**
	 * The cached value of the '{@link #getYes() <em>Yes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYes()
	 * @generated
	 * @ordered
	 */
	protected Step yes;

	/**
	 * The cached value of the '{@link #getNo() <em>No</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNo()
	 * @generated
	 * @ordered
	 */
	protected Step no;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected ActionBinding action;

	/**
	 * The cached value of the '{@link #getForm() <em>Form</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected Form form;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl()
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
		return SopPackage.Literals.STEP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActivity()
	{
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivity(String newActivity)
	{
		String oldActivity = activity;
		activity = newActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__ACTIVITY, oldActivity, activity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getPerformers()
	{
		if (performers == null)
		{
			performers = new EObjectResolvingEList<Role>(Role.class, this, SopPackage.STEP__PERFORMERS);
		}
		return performers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequirements()
	{
		if (requirements == null)
		{
			requirements = new EDataTypeEList<String>(String.class, this, SopPackage.STEP__REQUIREMENTS);
		}
		return requirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeStandard getTimeStandard()
	{
		return timeStandard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTimeStandard(TimeStandard newTimeStandard, NotificationChain msgs)
	{
		TimeStandard oldTimeStandard = timeStandard;
		timeStandard = newTimeStandard;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SopPackage.STEP__TIME_STANDARD, oldTimeStandard, newTimeStandard);
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
	public void setTimeStandard(TimeStandard newTimeStandard)
	{
		if (newTimeStandard != timeStandard)
		{
			NotificationChain msgs = null;
			if (timeStandard != null)
				msgs = ((InternalEObject)timeStandard).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SopPackage.STEP__TIME_STANDARD, null, msgs);
			if (newTimeStandard != null)
				msgs = ((InternalEObject)newTimeStandard).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SopPackage.STEP__TIME_STANDARD, null, msgs);
			msgs = basicSetTimeStandard(newTimeStandard, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__TIME_STANDARD, newTimeStandard, newTimeStandard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutput()
	{
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutput(String newOutput)
	{
		String oldOutput = output;
		output = newOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__OUTPUT, oldOutput, output));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemark()
	{
		return remark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemark(String newRemark)
	{
		String oldRemark = remark;
		remark = newRemark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__REMARK, oldRemark, remark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepShape getShape()
	{
		return shape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShape(StepShape newShape)
	{
		StepShape oldShape = shape;
		shape = newShape == null ? SHAPE_EDEFAULT : newShape;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__SHAPE, oldShape, shape));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step getNext()
	{
		if (next != null && next.eIsProxy())
		{
			InternalEObject oldNext = (InternalEObject)next;
			next = (Step)eResolveProxy(oldNext);
			if (next != oldNext)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SopPackage.STEP__NEXT, oldNext, next));
			}
		}
		return next;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Step basicGetNext()
	{
		return next;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNext(Step newNext)
	{
		Step oldNext = next;
		next = newNext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__NEXT, oldNext, next));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step getYes()
	{
		if (yes != null && yes.eIsProxy())
		{
			InternalEObject oldYes = (InternalEObject)yes;
			yes = (Step)eResolveProxy(oldYes);
			if (yes != oldYes)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SopPackage.STEP__YES, oldYes, yes));
			}
		}
		return yes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Step basicGetYes()
	{
		return yes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYes(Step newYes)
	{
		Step oldYes = yes;
		yes = newYes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__YES, oldYes, yes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step getNo()
	{
		if (no != null && no.eIsProxy())
		{
			InternalEObject oldNo = (InternalEObject)no;
			no = (Step)eResolveProxy(oldNo);
			if (no != oldNo)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SopPackage.STEP__NO, oldNo, no));
			}
		}
		return no;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Step basicGetNo()
	{
		return no;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNo(Step newNo)
	{
		Step oldNo = no;
		no = newNo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__NO, oldNo, no));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionBinding getAction()
	{
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAction(ActionBinding newAction, NotificationChain msgs)
	{
		ActionBinding oldAction = action;
		action = newAction;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SopPackage.STEP__ACTION, oldAction, newAction);
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
	public void setAction(ActionBinding newAction)
	{
		if (newAction != action)
		{
			NotificationChain msgs = null;
			if (action != null)
				msgs = ((InternalEObject)action).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SopPackage.STEP__ACTION, null, msgs);
			if (newAction != null)
				msgs = ((InternalEObject)newAction).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SopPackage.STEP__ACTION, null, msgs);
			msgs = basicSetAction(newAction, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__ACTION, newAction, newAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Form getForm()
	{
		if (form != null && form.eIsProxy())
		{
			InternalEObject oldForm = (InternalEObject)form;
			form = (Form)eResolveProxy(oldForm);
			if (form != oldForm)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SopPackage.STEP__FORM, oldForm, form));
			}
		}
		return form;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Form basicGetForm()
	{
		return form;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForm(Form newForm)
	{
		Form oldForm = form;
		form = newForm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SopPackage.STEP__FORM, oldForm, form));
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
			case SopPackage.STEP__TIME_STANDARD:
				return basicSetTimeStandard(null, msgs);
			case SopPackage.STEP__ACTION:
				return basicSetAction(null, msgs);
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
			case SopPackage.STEP__ID:
				return getId();
			case SopPackage.STEP__NUMBER:
				return getNumber();
			case SopPackage.STEP__ACTIVITY:
				return getActivity();
			case SopPackage.STEP__PERFORMERS:
				return getPerformers();
			case SopPackage.STEP__REQUIREMENTS:
				return getRequirements();
			case SopPackage.STEP__TIME_STANDARD:
				return getTimeStandard();
			case SopPackage.STEP__OUTPUT:
				return getOutput();
			case SopPackage.STEP__REMARK:
				return getRemark();
			case SopPackage.STEP__SHAPE:
				return getShape();
			case SopPackage.STEP__NEXT:
				if (resolve) return getNext();
				return basicGetNext();
			case SopPackage.STEP__YES:
				if (resolve) return getYes();
				return basicGetYes();
			case SopPackage.STEP__NO:
				if (resolve) return getNo();
				return basicGetNo();
			case SopPackage.STEP__ACTION:
				return getAction();
			case SopPackage.STEP__FORM:
				if (resolve) return getForm();
				return basicGetForm();
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
			case SopPackage.STEP__ID:
				setId((String)newValue);
				return;
			case SopPackage.STEP__NUMBER:
				setNumber((String)newValue);
				return;
			case SopPackage.STEP__ACTIVITY:
				setActivity((String)newValue);
				return;
			case SopPackage.STEP__PERFORMERS:
				getPerformers().clear();
				getPerformers().addAll((Collection<? extends Role>)newValue);
				return;
			case SopPackage.STEP__REQUIREMENTS:
				getRequirements().clear();
				getRequirements().addAll((Collection<? extends String>)newValue);
				return;
			case SopPackage.STEP__TIME_STANDARD:
				setTimeStandard((TimeStandard)newValue);
				return;
			case SopPackage.STEP__OUTPUT:
				setOutput((String)newValue);
				return;
			case SopPackage.STEP__REMARK:
				setRemark((String)newValue);
				return;
			case SopPackage.STEP__SHAPE:
				setShape((StepShape)newValue);
				return;
			case SopPackage.STEP__NEXT:
				setNext((Step)newValue);
				return;
			case SopPackage.STEP__YES:
				setYes((Step)newValue);
				return;
			case SopPackage.STEP__NO:
				setNo((Step)newValue);
				return;
			case SopPackage.STEP__ACTION:
				setAction((ActionBinding)newValue);
				return;
			case SopPackage.STEP__FORM:
				setForm((Form)newValue);
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
			case SopPackage.STEP__ID:
				setId(ID_EDEFAULT);
				return;
			case SopPackage.STEP__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case SopPackage.STEP__ACTIVITY:
				setActivity(ACTIVITY_EDEFAULT);
				return;
			case SopPackage.STEP__PERFORMERS:
				getPerformers().clear();
				return;
			case SopPackage.STEP__REQUIREMENTS:
				getRequirements().clear();
				return;
			case SopPackage.STEP__TIME_STANDARD:
				setTimeStandard((TimeStandard)null);
				return;
			case SopPackage.STEP__OUTPUT:
				setOutput(OUTPUT_EDEFAULT);
				return;
			case SopPackage.STEP__REMARK:
				setRemark(REMARK_EDEFAULT);
				return;
			case SopPackage.STEP__SHAPE:
				setShape(SHAPE_EDEFAULT);
				return;
			case SopPackage.STEP__NEXT:
				setNext((Step)null);
				return;
			case SopPackage.STEP__YES:
				setYes((Step)null);
				return;
			case SopPackage.STEP__NO:
				setNo((Step)null);
				return;
			case SopPackage.STEP__ACTION:
				setAction((ActionBinding)null);
				return;
			case SopPackage.STEP__FORM:
				setForm((Form)null);
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
			case SopPackage.STEP__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SopPackage.STEP__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case SopPackage.STEP__ACTIVITY:
				return ACTIVITY_EDEFAULT == null ? activity != null : !ACTIVITY_EDEFAULT.equals(activity);
			case SopPackage.STEP__PERFORMERS:
				return performers != null && !performers.isEmpty();
			case SopPackage.STEP__REQUIREMENTS:
				return requirements != null && !requirements.isEmpty();
			case SopPackage.STEP__TIME_STANDARD:
				return timeStandard != null;
			case SopPackage.STEP__OUTPUT:
				return OUTPUT_EDEFAULT == null ? output != null : !OUTPUT_EDEFAULT.equals(output);
			case SopPackage.STEP__REMARK:
				return REMARK_EDEFAULT == null ? remark != null : !REMARK_EDEFAULT.equals(remark);
			case SopPackage.STEP__SHAPE:
				return shape != SHAPE_EDEFAULT;
			case SopPackage.STEP__NEXT:
				return next != null;
			case SopPackage.STEP__YES:
				return yes != null;
			case SopPackage.STEP__NO:
				return no != null;
			case SopPackage.STEP__ACTION:
				return action != null;
			case SopPackage.STEP__FORM:
				return form != null;
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
		result.append(", activity: ");
		result.append(activity);
		result.append(", requirements: ");
		result.append(requirements);
		result.append(", output: ");
		result.append(output);
		result.append(", remark: ");
		result.append(remark);
		result.append(", shape: ");
		result.append(shape);
		result.append(')');
		return result.toString();
	}

} //StepImpl
