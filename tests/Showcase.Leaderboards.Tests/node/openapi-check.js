// Validates an OpenAPI description the way a partner's tools read it: @apidevtools/swagger-parser checks it against the
// OpenAPI 3.0 schema and resolves every $ref. Run by JsonTranscodingTests: node openapi-check.js <file>
// Prints "valid <version> <paths>" and exits 0, or prints the problem on stderr and exits 1.
'use strict';
const SwaggerParser = require('@apidevtools/swagger-parser');

SwaggerParser.validate(process.argv[2]).then(
  (api) => console.log(`valid ${api.openapi} ${Object.keys(api.paths).length}`),
  (error) => {
    console.error(error.message);
    process.exit(1);
  });
