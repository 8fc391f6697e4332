/* The Zoom replica's DOM helpers: the builder the replicas share. */
export * from '../dom';
