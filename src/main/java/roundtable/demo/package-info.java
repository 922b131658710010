/** Demo data for the default profile: the district's real bodies with fictional people. */
package roundtable.demo;
