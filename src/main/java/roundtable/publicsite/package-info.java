/** What anyone can read without signing in: the home page and each body's public page. */
package roundtable.publicsite;
