// fake-indexeddb must be in place before localforage is imported anywhere, or localforage finds no driver.
import 'fake-indexeddb/auto';
