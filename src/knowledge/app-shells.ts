/**
 * Shells of client applications: a package that depends on one (a runtime or a development
 * dependency, as Electron's own template keeps it) is a desktop or mobile app. A server its code
 * starts (Electron's main process running a local Express app, a helper a window loads from
 * `localhost`) runs on the user's machine with the app; only a deployment file (Dockerfile,
 * compose, Procfile, platform configuration) running the folder makes it a service. The dev server
 * of a mobile app (Metro, `expo start`) serves bundles to a device, never requests.
 * One record per technology.
 */
export interface AppShell {
  id: string;
  name: string;
  kind: 'desktop' | 'mobile';
  /** npm packages that make a package an app of this shell. */
  packages: readonly string[];
}

export const APP_SHELLS: readonly AppShell[] = [
  { id: 'electron', name: 'Electron', kind: 'desktop', packages: ['electron', 'electron-nightly'] },
  { id: 'nwjs', name: 'NW.js', kind: 'desktop', packages: ['nw'] },
  { id: 'tauri', name: 'Tauri', kind: 'desktop', packages: ['@tauri-apps/cli', '@tauri-apps/api'] },
  { id: 'react-native', name: 'React Native', kind: 'mobile', packages: ['react-native'] },
  { id: 'expo', name: 'Expo', kind: 'mobile', packages: ['expo'] },
  { id: 'capacitor', name: 'Capacitor', kind: 'mobile', packages: ['@capacitor/core', '@capacitor/cli'] },
  { id: 'cordova', name: 'Cordova', kind: 'mobile', packages: ['cordova', 'cordova-android', 'cordova-ios'] },
];
