/** The coordinator's pages for language services. */
package roundtable.languageservices.ui;
