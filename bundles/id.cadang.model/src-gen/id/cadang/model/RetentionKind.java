/**
 * Generated from model/sop.genmodel by releng/id.cadang.model.generator: do not edit by hand.
 */
package id.cadang.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Retention Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see id.cadang.model.SopPackage#getRetentionKind()
 * @model
 * @generated
 */
public enum RetentionKind implements Enumerator
{
	/**
	 * The '<em><b>GRANDFATHER FATHER SON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANDFATHER_FATHER_SON_VALUE
	 * @generated
	 * @ordered
	 */
	GRANDFATHER_FATHER_SON(0, "GRANDFATHER_FATHER_SON", "GRANDFATHER_FATHER_SON"),

	/**
	 * The '<em><b>CURRENT MONTH ALL PAST MONTHS ONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURRENT_MONTH_ALL_PAST_MONTHS_ONE_VALUE
	 * @generated
	 * @ordered
	 */
	CURRENT_MONTH_ALL_PAST_MONTHS_ONE(1, "CURRENT_MONTH_ALL_PAST_MONTHS_ONE", "CURRENT_MONTH_ALL_PAST_MONTHS_ONE");

	/**
	 * The '<em><b>GRANDFATHER FATHER SON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRANDFATHER_FATHER_SON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GRANDFATHER_FATHER_SON_VALUE = 0;

	/**
	 * The '<em><b>CURRENT MONTH ALL PAST MONTHS ONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURRENT_MONTH_ALL_PAST_MONTHS_ONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CURRENT_MONTH_ALL_PAST_MONTHS_ONE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Retention Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RetentionKind[] VALUES_ARRAY =
		new RetentionKind[]
		{
			GRANDFATHER_FATHER_SON,
			CURRENT_MONTH_ALL_PAST_MONTHS_ONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Retention Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RetentionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Retention Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RetentionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RetentionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Retention Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RetentionKind get(int value)
	{
		switch (value)
		{
			case GRANDFATHER_FATHER_SON_VALUE: return GRANDFATHER_FATHER_SON;
			case CURRENT_MONTH_ALL_PAST_MONTHS_ONE_VALUE: return CURRENT_MONTH_ALL_PAST_MONTHS_ONE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RetentionKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //RetentionKind
