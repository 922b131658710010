/** Who changed what, when, with the state before and after: readable by administrators. */
package roundtable.audit;
