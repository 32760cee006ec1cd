// One swc configuration for the API build and for Jest: TypeScript with legacy decorators and the
// decorator metadata NestJS and TypeORM read, emitted as ES modules.
export const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: false },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};
