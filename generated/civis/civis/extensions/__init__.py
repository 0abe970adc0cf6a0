"""Hand-written modules kept from openapi/<api>/extensions/ (sdk.yaml `extensions`)."""
