export * from './constants';
export * from './prefs';
export * from './links';
export * from './nowrap';
export * from './print';
export * from './files';
