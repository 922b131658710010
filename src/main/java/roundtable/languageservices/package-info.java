/**
 * Language services: the roster of interpreters and translators, staff or from a vendor, that
 * the coordinator assigns to interpretation and translation requests.
 */
package roundtable.languageservices;
