Hola ${contact}:

Gracias: hemos recibido su pago de ${amount} y la factura ${invoice} ya está pagada en su totalidad.

Le agradecemos su confianza.

${signOff}
${business}
