import { open } from 'node:fs/promises';
import { AppError } from '../../kernel/errors/index.js';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './xml/screen.js';

/**
 * Reads a message file for the CLI and batch jobs, refusing oversized files before reading them
 * (`ceb.too_large`) and reporting unreadable ones as `ceb.file_unreadable`.
 */
export async function readMessageBytes(path: string, limits: Partial<XmlLimits> = {}): Promise<Buffer> {
  const maxBytes = limits.maxBytes ?? DEFAULT_XML_LIMITS.maxBytes;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) throw new AppError('ceb.too_large', { size, limit: maxBytes });
    return await handle.readFile();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(error));
    throw new AppError('ceb.file_unreadable', { file: path, reason }, { cause: error });
  } finally {
    await handle?.close();
  }
}
