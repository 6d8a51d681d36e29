/** The person's theme choice, kept in localStorage; "system" follows the operating system. */
export type ThemeChoice = "system" | "light" | "dark";

export const THEME_STORAGE_KEY = "shipshape.theme";

/**
 * Runs before the page paints (inlined in the layout with the CSP nonce), so a chosen theme shows without a
 * flash of the other one. Kept as a string because it must not depend on the bundle.
 */
export const APPLY_STORED_THEME = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
