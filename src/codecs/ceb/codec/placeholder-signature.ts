/**
 * A structurally valid `ds:Signature` with dummy values (like the official 2022 samples, which "will not verify").
 * Used to validate an unsigned document where the XSD requires a signature, and in `sample()` output for the
 * message types that must be signed. It is never a signature: the KeyName says so.
 */
export const PLACEHOLDER_SIGNATURE =
  '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">' +
  '<ds:SignedInfo>' +
  '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"></ds:CanonicalizationMethod>' +
  '<ds:SignatureMethod Algorithm="http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3"></ds:SignatureMethod>' +
  '<ds:Reference URI="">' +
  '<ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"></ds:Transform></ds:Transforms>' +
  '<ds:DigestMethod Algorithm="http://www.chinaport.gov.cn/2022/04/xmldsig#sm3"></ds:DigestMethod>' +
  '<ds:DigestValue>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=</ds:DigestValue>' +
  '</ds:Reference>' +
  '</ds:SignedInfo>' +
  '<ds:SignatureValue>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=</ds:SignatureValue>' +
  '<ds:KeyInfo><ds:KeyName>UNSIGNED-PLACEHOLDER</ds:KeyName></ds:KeyInfo>' +
  '</ds:Signature>';
