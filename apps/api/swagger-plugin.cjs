// The @nestjs/swagger compiler plugin derives the OpenAPI schemas from the DTO classes and their
// class-validator decorators. Webpack applies it when bundling; this wrapper lets ts-jest apply it too, so the
// document the tests check is the one production serves.
const plugin = require('@nestjs/swagger/plugin');

const options = {
  classValidatorShim: true,
  introspectComments: true,
  dtoFileNameSuffix: ['.dto.ts', '.query.ts', '.entity.ts'],
};

module.exports = {
  name: 'nestjs-swagger-transformer',
  version: 1,
  options,
  factory: (compiler) => plugin.before(options, compiler.program),
};
